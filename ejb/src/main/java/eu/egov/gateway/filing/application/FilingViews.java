package eu.egov.gateway.filing.application;

import static eu.egov.gateway.shared.domain.Jsonp.JSON;

import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import eu.egov.gateway.filing.domain.Filing;
import eu.egov.gateway.filing.domain.FilingRepository;
import eu.egov.gateway.filing.domain.FilingStatus;
import eu.egov.gateway.filing.domain.FormDefinition;
import eu.egov.gateway.identity.domain.IdentityRepository;
import eu.egov.gateway.identity.domain.Mandate;
import eu.egov.gateway.identity.domain.Organisation;
import eu.egov.gateway.identity.domain.UserAccount;

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
                name(filing.organisationId()),
                filing.status().name(), filing.version(), json(filing.data()),
                filing.attachments().stream().map(a -> new FilingView.AttachmentView(a.id(), a.slot(),
                        form.attachment(a.slot()).map(slot -> slot.label(language)).orElse(a.slot()),
                        a.fileName(), a.mediaType(), a.size(), a.sha256())).toList(),
                filing.createdAt(), filing.updatedAt(), submission, decision, filing.decisionDue(),
                filing.isDraft() ? List.of() : filings.history(filing.id(), false).stream()
                        .map(event -> new FilingView.Step(event.kind().name(), event.at())).toList(),
                filing.status() == FilingStatus.TO_COMPLETE
                        ? new FilingView.CompletionView(filing.completionRequest(), filing.completionDue()) : null,
                person(filing, filing.createdBy()), person(filing, filing.updatedBy()), onBehalf(filing));
    }

    private FilingView.Person person(Filing filing, String userId) {
        Optional<UserAccount> user = identities.user(userId);
        boolean ofAgent = filing.isRepresented() && user.stream().flatMap(u -> u.memberships().stream())
                .anyMatch(membership -> membership.organisation().id().equals(filing.agentId()));
        return new FilingView.Person(user.map(UserAccount::displayName).orElse(""),
                name(ofAgent ? filing.agentId() : filing.organisationId()));
    }

    private FilingView.OnBehalfView onBehalf(Filing filing) {
        return filing.isRepresented() ? new FilingView.OnBehalfView(name(filing.agentId()), filing.mandateReference(),
                identities.mandate(filing.mandateReference()).map(Mandate::end).orElse(null)) : null;
    }

    private String name(String organisationId) {
        return identities.organisation(organisationId).map(Organisation::name).orElse("");
    }

    static JsonObject json(String text) {
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
