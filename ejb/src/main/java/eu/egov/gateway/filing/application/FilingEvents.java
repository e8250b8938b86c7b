package eu.egov.gateway.filing.application;

import static eu.egov.gateway.shared.domain.Jsonp.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import eu.egov.gateway.filing.domain.Filing;
import eu.egov.gateway.shared.infrastructure.Settings;

/**
 * What a filing's webhook events tell the authority's back-office: identifiers, status and links, never the
 * form data or documents, which the back-office fetches through the links with a clerk's API token.
 */
final class FilingEvents {

    private FilingEvents() {
    }

    static JsonObject of(Filing filing) {
        String api = Settings.publicUrl() + "/api";
        JsonObjectBuilder data = JSON.createObjectBuilder()
                .add("reference", filing.reference())
                .add("filingId", filing.id())
                .add("form", JSON.createObjectBuilder()
                        .add("code", filing.form().code())
                        .add("version", filing.form().version()))
                .add("status", filing.status().name())
                .add("submittedAt", filing.submittedAt().toString());
        JsonObjectBuilder links = JSON.createObjectBuilder()
                .add("case", api + "/cases/" + filing.reference())
                .add("receipt", api + "/filings/" + filing.id() + "/receipt");
        if (filing.outcome() != null) {
            data.add("outcome", filing.outcome().name()).add("decidedAt", filing.decidedAt().toString());
            links.add("decision", api + "/filings/" + filing.id() + "/decision");
        }
        return data.add("links", links).build();
    }
}
