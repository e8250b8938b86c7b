package eu.egov.gateway.filing.domain;

import java.util.Locale;

import jakarta.json.JsonObject;

import eu.egov.gateway.shared.domain.LocalisedText;

/**
 * How a form shows one field of its schema: the JSON Pointer into the data, its label and help in
 * each language, and the widget the browser renders.
 */
public record FormField(String pointer, JsonObject label, JsonObject help, String widget) {

    static FormField of(JsonObject definition) {
        return new FormField(
                definition.getString("pointer"),
                definition.getJsonObject("label"),
                definition.getJsonObject("help"),
                definition.getString("widget", "text"));
    }

    public String label(Locale language) {
        return LocalisedText.in(label, language);
    }
}
