package eu.egov.gateway.filing.application;

import java.util.List;
import java.util.Locale;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import eu.egov.gateway.filing.domain.FilingRepository;
import eu.egov.gateway.filing.domain.Form;
import eu.egov.gateway.identity.domain.IdentityRepository;
import eu.egov.gateway.identity.domain.Organisation;
import eu.egov.gateway.shared.domain.Rejection;

/** The forms firms can file, each with its current version. */
@Stateless
public class FormCatalogue {

    @Inject
    private FilingRepository filings;

    @Inject
    private IdentityRepository identities;

    public List<FormSummary> forms(Locale language) {
        return filings.currentForms().stream()
                .map(form -> new FormSummary(form.code(), form.version(), form.definition().title(language),
                        form.definition().description(language),
                        identities.organisation(form.authorityId()).map(Organisation::name).orElse("")))
                .toList();
    }

    /** The whole definition, JSON Schema and UI hints in every language, for clients to render the form. */
    public JsonObject definition(String code) {
        return filings.currentForm(code).map(form -> form.definition().json()).orElseThrow(Rejection::notFound);
    }

    /** Publishes a form definition for an authority, unless that version is already published. */
    public void publish(String authorityId, String definition) {
        Form form = new Form(authorityId, definition);
        boolean published = filings.currentForm(form.code()).filter(current -> current.version() >= form.version()).isPresent();
        if (!published) {
            filings.add(form);
        }
    }
}
