package eu.egov.gateway.filing.domain;

import java.util.List;
import java.util.Locale;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import eu.egov.gateway.shared.domain.LocalisedText;

/** A document a form asks for, with the types and size it accepts. */
public record AttachmentSlot(String name, JsonObject label, boolean required, List<String> mediaTypes, long maxBytes) {

    static AttachmentSlot of(JsonObject definition) {
        return new AttachmentSlot(
                definition.getString("name"),
                definition.getJsonObject("label"),
                definition.getBoolean("required", false),
                definition.getJsonArray("mediaTypes").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList(),
                definition.getJsonNumber("maxBytes").longValueExact());
    }

    public String label(Locale language) {
        return LocalisedText.in(label, language);
    }
}
