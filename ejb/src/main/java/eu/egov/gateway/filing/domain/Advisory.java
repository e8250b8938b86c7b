package eu.egov.gateway.filing.domain;

import java.util.Locale;

import jakarta.json.JsonObject;

import eu.egov.gateway.shared.domain.LocalisedText;

/**
 * A finding the check of a filing reports without blocking it: when the data matches {@code when} (a JSON
 * Schema), the applicant reads {@code message} at the field {@code pointer}, with its legal basis.
 */
public record Advisory(String pointer, JsonObject when, JsonObject message, JsonObject legalBasis) {

    static Advisory of(JsonObject definition) {
        return new Advisory(definition.getString("pointer"), definition.getJsonObject("when"),
                definition.getJsonObject("message"), definition.getJsonObject("legalBasis"));
    }

    public String message(Locale language) {
        return LocalisedText.in(message, language);
    }

    public String legalBasis(Locale language) {
        return legalBasis == null ? null : LocalisedText.in(legalBasis, language);
    }
}
