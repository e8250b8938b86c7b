package eu.egov.gateway.filing.application;

import static eu.egov.gateway.shared.domain.Jsonp.JSON;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonPointer;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import eu.egov.gateway.shared.domain.Sha256;
import eu.egov.gateway.documents.application.DocumentRenderer;
import eu.egov.gateway.documents.domain.DecisionDocument;
import eu.egov.gateway.documents.domain.ReceiptDocument;
import eu.egov.gateway.filing.domain.Filing;
import eu.egov.gateway.filing.domain.FilingRepository;
import eu.egov.gateway.filing.domain.FormDefinition;
import eu.egov.gateway.filing.domain.FormField;
import eu.egov.gateway.filing.domain.IssuedDocument;
import eu.egov.gateway.filing.domain.Submission;
import eu.egov.gateway.identity.domain.IdentityRepository;
import eu.egov.gateway.identity.domain.Mandate;
import eu.egov.gateway.identity.domain.Organisation;
import eu.egov.gateway.identity.domain.UserAccount;
import eu.egov.gateway.shared.infrastructure.Settings;
import eu.egov.gateway.trust.application.SealService;

/**
 * Issues the signed PDFs of a filing, its receipt and its decision, in the applicant's language:
 * rendered by the documents context, sealed by the trust context, kept with their SHA-256 so that
 * the public verification can recognise them.
 */
@ApplicationScoped
class SignedDocuments {

    @Inject
    private DocumentRenderer renderer;

    @Inject
    private SealService seal;

    @Inject
    private FilingRepository filings;

    @Inject
    private IdentityRepository identities;

    void issueReceipt(Filing filing, Submission submission, String submittedBy) {
        Locale language = filing.language();
        FormDefinition form = filing.form().definition();
        Organisation firm = organisation(filing.organisationId());
        ReceiptDocument receipt = new ReceiptDocument(language, submission.reference(), submission.sealedAt(),
                organisation(filing.form().authorityId()).name(), firm.name(), firm.registrationNumber(), submittedBy,
                form.title(language), String.valueOf(form.version()), fields(form, FilingViews.json(filing.data()), language),
                filing.attachments().stream().map(a -> new ReceiptDocument.Attachment(
                        form.attachment(a.slot()).map(slot -> slot.label(language)).orElse(a.slot()),
                        a.fileName(), a.mediaType(), a.size(), a.sha256())).toList(),
                submission.sha256(), submission.verificationCode(), verificationUrl(submission.verificationCode()),
                representation(filing, submittedBy, firm));
        store(filing, IssuedDocument.Kind.RECEIPT, seal.signPdf(renderer.receipt(receipt), "Submission receipt " + submission.reference()));
    }

    void issueDecision(Filing filing, Submission submission) {
        Locale language = filing.language();
        String clerk = filing.decidedBy() == null ? null
                : identities.user(filing.decidedBy()).map(UserAccount::displayName).orElse("");
        DecisionDocument decision = new DecisionDocument(language, filing.reference(), filing.decidedAt(),
                organisation(filing.form().authorityId()).name(), organisation(filing.organisationId()).name(),
                filing.form().definition().title(language), DecisionDocument.Verdict.valueOf(filing.outcome().name()),
                filing.reason(), clerk, submission.verificationCode());
        store(filing, IssuedDocument.Kind.DECISION, seal.signPdf(renderer.decision(decision), "Decision on " + filing.reference()));
    }

    /** For a filing an intermediary made: who of which firm filed it, under which mandate, valid until when. */
    private ReceiptDocument.Representation representation(Filing filing, String submittedBy, Organisation firm) {
        if (!filing.isRepresented()) {
            return null;
        }
        Mandate mandate = identities.mandate(filing.mandateReference())
                .orElseThrow(() -> new IllegalStateException("no mandate " + filing.mandateReference()));
        return new ReceiptDocument.Representation(submittedBy, organisation(filing.agentId()).name(), firm.name(),
                mandate.reference(), mandate.validUntil());
    }

    private void store(Filing filing, IssuedDocument.Kind kind, byte[] pdf) {
        filings.add(new IssuedDocument(filing.id(), kind, pdf, Sha256.hex(pdf), Instant.now()));
    }

    private Organisation organisation(String id) {
        return identities.organisation(id).orElseThrow(() -> new IllegalStateException("no organisation " + id));
    }

    private static List<ReceiptDocument.Field> fields(FormDefinition form, JsonObject data, Locale language) {
        ResourceBundle words = ResourceBundle.getBundle("i18n.values", language, SignedDocuments.class.getClassLoader());
        return form.fields().stream()
                .flatMap(field -> answer(data, field.pointer())
                        .map(value -> new ReceiptDocument.Field(field.label(language), text(field, value, words, language)))
                        .stream())
                .toList();
    }

    /** An answer in words: a choice by its label, a group one row a line, each item labelled. */
    private static String text(FormField field, JsonValue value, ResourceBundle words, Locale language) {
        if (value instanceof JsonString choice && !field.options().isEmpty()) {
            return field.optionLabel(choice.getString(), language);
        }
        if (value instanceof JsonArray rows && !field.items().isEmpty()) {
            return rows.getValuesAs(JsonObject.class).stream()
                    .map(row -> field.items().stream()
                            .flatMap(item -> answer(row, item.pointer())
                                    .map(given -> item.label(language) + ": " + text(item, given, words, language)).stream())
                            .collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("\n"));
        }
        return text(value, words);
    }

    /** The value at the pointer; none when the form's data leaves it out. */
    private static Optional<JsonValue> answer(JsonObject data, String pointer) {
        JsonPointer at = JSON.createPointer(pointer);
        return at.containsValue(data) ? Optional.of(at.getValue(data)) : Optional.empty();
    }

    private static String text(JsonValue value, ResourceBundle words) {
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case TRUE -> words.getString("true");
            case FALSE -> words.getString("false");
            case NULL -> "";
            default -> value.toString();
        };
    }

    private static String verificationUrl(String code) {
        return Settings.publicUrl() + "/verify.html?code=" + code;
    }
}
