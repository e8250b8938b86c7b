package eu.egov.gateway.filing.application;

import java.io.StringReader;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import eu.egov.gateway.filing.domain.Filing;
import eu.egov.gateway.filing.domain.FilingRepository;
import eu.egov.gateway.filing.domain.FilingStatus;
import eu.egov.gateway.filing.domain.FormDefinition;
import eu.egov.gateway.identity.domain.IdentityRepository;
import eu.egov.gateway.identity.domain.Organisation;

/** Turns filings into the views callers get, in the caller's language. */
@ApplicationScoped
class FilingViews {

    @Inject
    private FilingRepository filings;

    @Inject
    private IdentityRepository identities;

    FilingView of(Filing filing, Locale language) {
        FormDefinition form = filing.form().definition();
        FilingView.SubmissionView submission = filings.submission(filing.id())
                .map(s -> new FilingView.SubmissionView(s.reference(), s.sealedAt(), s.sha256(), s.verificationCode()))
                .orElse(null);
        FilingView.DecisionView decision = filing.outcome() == null ? null
                : new FilingView.DecisionView(filing.outcome().name(), filing.reason(), filing.decidedAt());
        return new FilingView(filing.id(), form.code(), form.version(), form.title(language),
                identities.organisation(filing.organisationId()).map(Organisation::name).orElse(""),
                filing.status().name(), filing.version(), json(filing.data()),
                filing.attachments().stream().map(a -> new FilingView.AttachmentView(a.id(), a.slot(),
                        form.attachment(a.slot()).map(slot -> slot.label(language)).orElse(a.slot()),
                        a.fileName(), a.mediaType(), a.size(), a.sha256())).toList(),
                filing.createdAt(), filing.updatedAt(), submission, decision, filing.decisionDue(),
                filing.isDraft() ? List.of() : filings.history(filing.id(), false).stream()
                        .map(event -> new FilingView.Step(event.kind().name(), event.at())).toList(),
                filing.status() == FilingStatus.TO_COMPLETE
                        ? new FilingView.CompletionView(filing.completionRequest(), filing.completionDue()) : null);
    }

    static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
