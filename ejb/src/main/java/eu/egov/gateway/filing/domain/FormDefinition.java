package eu.egov.gateway.filing.domain;

import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import eu.egov.gateway.shared.domain.LocalisedText;

/**
 * A form as its JSON definition describes it: the JSON Schema its data must satisfy, and the UI
 * hints (labels, help, widgets, attachments) that render it in each language.
 */
public final class FormDefinition {

    private final JsonObject json;
    private final List<FormField> fields;
    private final List<AttachmentSlot> attachments;

    private FormDefinition(JsonObject json) {
        this.json = json;
        this.fields = json.getJsonObject("ui").getJsonArray("fields").getValuesAs(JsonObject.class).stream()
                .map(FormField::of).toList();
        this.attachments = json.getJsonArray("attachments").getValuesAs(JsonObject.class).stream()
                .map(AttachmentSlot::of).toList();
    }

    public static FormDefinition parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return new FormDefinition(reader.readObject());
        }
    }

    public String code() {
        return json.getString("code");
    }

    public int version() {
        return json.getInt("version");
    }

    public String title(Locale language) {
        return LocalisedText.in(json.getJsonObject("title"), language);
    }

    public String description(Locale language) {
        return LocalisedText.in(json.getJsonObject("description"), language);
    }

    public JsonObject schema() {
        return json.getJsonObject("schema");
    }

    public List<FormField> fields() {
        return fields;
    }

    public Optional<FormField> field(String pointer) {
        return fields.stream().filter(field -> field.pointer().equals(pointer)).findFirst();
    }

    public List<AttachmentSlot> attachments() {
        return attachments;
    }

    public Optional<AttachmentSlot> attachment(String name) {
        return attachments.stream().filter(slot -> slot.name().equals(name)).findFirst();
    }

    public JsonObject json() {
        return json;
    }
}
