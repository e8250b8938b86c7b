package eu.egov.gateway.filing.domain;

import java.util.List;
import java.util.Locale;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import eu.egov.gateway.shared.domain.LocalisedText;

/** A document a form asks for, with the types and size it accepts, and why the authority asks for it. */
public record AttachmentSlot(String name, JsonObject label, boolean required, List<String> mediaTypes, long maxBytes,
                             JsonObject legalBasis, JsonObject why) {

    static AttachmentSlot of(JsonObject definition) {
        return new AttachmentSlot(
                definition.getString("name"),
                definition.getJsonObject("label"),
                definition.getBoolean("required", false),
                definition.getJsonArray("mediaTypes").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList(),
                definition.getJsonNumber("maxBytes").longValueExact(),
                definition.getJsonObject("legalBasis"),
                definition.getJsonObject("why"));
    }

    public String label(Locale language) {
        return LocalisedText.in(label, language);
    }

    public String legalBasis(Locale language) {
        return legalBasis == null ? null : LocalisedText.in(legalBasis, language);
    }

    public String why(Locale language) {
        return why == null ? null : LocalisedText.in(why, language);
    }
}
