package eu.egov.gateway.filing.application;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import eu.egov.gateway.audit.application.AuditLog;
import eu.egov.gateway.filing.domain.FilingRepository;
import eu.egov.gateway.filing.domain.Form;
import eu.egov.gateway.filing.domain.FormStatus;
import eu.egov.gateway.identity.domain.Caller;
import eu.egov.gateway.identity.domain.IdentityRepository;
import eu.egov.gateway.identity.domain.Organisation;
import eu.egov.gateway.identity.domain.Role;
import eu.egov.gateway.shared.domain.ProblemType;
import eu.egov.gateway.shared.domain.Rejection;

/**
 * The forms firms can file, each in its published version; and, for an authority's administrator,
 * the versions of its forms: a new version is drafted from a JSON definition, then published, which
 * retires the version published before it. Filings stay bound to the version they began on.
 */
@Stateless
public class FormCatalogue {

    @Inject
    private FilingRepository filings;

    @Inject
    private IdentityRepository identities;

    @Inject
    private FormDefinitionChecks checks;

    @Inject
    private FeeAssessment feeAssessment;

    @Inject
    private AuditLog audit;

    public List<FormSummary> forms(Locale language) {
        return filings.publishedForms().stream()
                .map(form -> new FormSummary(form.code(), form.version(), form.definition().title(language),
                        form.definition().description(language),
                        identities.organisation(form.authorityId()).map(Organisation::name).orElse("")))
                .toList();
    }

    /** The whole definition, JSON Schema and UI hints in every language, for clients to render the form. */
    public JsonObject definition(String code) {
        return filings.publishedForm(code).map(form -> form.definition().json()).orElseThrow(Rejection::notFound);
    }

    /** A version firms file or filed on (published or retired): a filing is shown with the version it began on. */
    public JsonObject definition(String code, int version) {
        return filings.form(code, version).filter(form -> form.status() != FormStatus.DRAFT)
                .map(form -> form.definition().json()).orElseThrow(Rejection::notFound);
    }

    /** Every version of the administrator's authority's forms. */
    public List<FormVersionView> versions(Caller caller) {
        caller.require(Role.ADMIN);
        return filings.formVersions(caller.organisationId()).stream().map(form -> view(form, caller.language())).toList();
    }

    public JsonObject definition(Caller caller, String code, int version) {
        return own(caller, code, version).definition().json();
    }

    /** A new version, as a draft: its version number must be higher than any the form has had. */
    public FormVersionView draft(Caller caller, JsonObject definition) {
        caller.require(Role.ADMIN);
        checks.accept(definition, feeAssessment::decisionExists, caller.language());
        String code = definition.getString("code");
        int version = definition.getInt("version");
        if (filings.formVersions(caller.organisationId()).stream().noneMatch(form -> form.code().equals(code))
                && filings.latestVersion(code) > 0) {
            // another authority's form: its versions are not this administrator's to add to
            throw Rejection.notFound();
        }
        if (version <= filings.latestVersion(code)) {
            throw new Rejection(ProblemType.FORM_VERSION_EXISTS, code, version);
        }
        Form form = new Form(caller.organisationId(), definition.toString());
        filings.add(form);
        audit.record(caller.username(), "form.drafted", form.id(), code + " v" + version);
        return view(form, caller.language());
    }

    /** Publishes a draft version; the version published until now is retired. */
    public FormVersionView publish(Caller caller, String code, int version) {
        Form form = own(caller, code, version);
        publish(form, Instant.now());
        audit.record(caller.username(), "form.published", form.id(), code + " v" + version);
        return view(form, caller.language());
    }

    /** Takes a version out of the catalogue; filings begun on it go on. */
    public FormVersionView retire(Caller caller, String code, int version) {
        Form form = own(caller, code, version);
        form.retire(Instant.now());
        audit.record(caller.username(), "form.retired", form.id(), code + " v" + version);
        return view(form, caller.language());
    }

    /** Installs and publishes a definition for an authority, unless that version or a later one exists. */
    public void install(String authorityId, String definition) {
        Form form = new Form(authorityId, definition);
        if (filings.latestVersion(form.code()) < form.version()) {
            filings.add(form);
            publish(form, Instant.now());
        }
    }

    private void publish(Form form, Instant now) {
        filings.publishedForm(form.code()).ifPresent(previous -> previous.retire(now));
        form.publish(now);
    }

    private Form own(Caller caller, String code, int version) {
        caller.require(Role.ADMIN);
        return filings.form(code, version).filter(form -> form.authorityId().equals(caller.organisationId()))
                .orElseThrow(Rejection::notFound);
    }

    private static FormVersionView view(Form form, Locale language) {
        return new FormVersionView(form.code(), form.version(), form.status(), form.definition().title(language),
                form.publishedAt(), form.retiredAt());
    }

    /** A version of a form as its authority's administrator sees it. */
    public record FormVersionView(String code, int version, FormStatus status, String title, Instant publishedAt,
                                  Instant retiredAt) {
    }
}
