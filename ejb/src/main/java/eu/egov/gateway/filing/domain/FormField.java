package eu.egov.gateway.filing.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.json.JsonObject;

import eu.egov.gateway.shared.domain.LocalisedText;

/**
 * How a form shows one field of its schema: the JSON Pointer into the data, its label and help in
 * each language, the widget the browser renders, and why the authority asks: the legal basis and a
 * reason in plain words. A field may show only when another has a given value; a group repeats its
 * item fields (pointers relative to one item) once per row; a list offers options, each worded per language.
 */
public record FormField(String pointer, JsonObject label, JsonObject help, String widget, JsonObject legalBasis,
                        JsonObject why, JsonObject showIf, List<FormField> items, List<JsonObject> options) {

    static FormField of(JsonObject definition) {
        return new FormField(
                definition.getString("pointer"),
                definition.getJsonObject("label"),
                definition.getJsonObject("help"),
                definition.getString("widget", "text"),
                definition.getJsonObject("legalBasis"),
                definition.getJsonObject("why"),
                definition.getJsonObject("showIf"),
                definition.containsKey("items")
                        ? definition.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(FormField::of).toList()
                        : List.of(),
                definition.containsKey("options") ? definition.getJsonArray("options").getValuesAs(JsonObject.class) : List.of());
    }

    public String label(Locale language) {
        return LocalisedText.in(label, language);
    }

    /** Where the law says the authority may ask this, in the language asked for; null when the form does not say. */
    public String legalBasis(Locale language) {
        return legalBasis == null ? null : LocalisedText.in(legalBasis, language);
    }

    public String why(Locale language) {
        return why == null ? null : LocalisedText.in(why, language);
    }

    /** The words of a choice from a list, in the language asked for: the value itself if the form does not word it. */
    public String optionLabel(String value, Locale language) {
        return options.stream().filter(option -> option.getString("value").equals(value)).findFirst()
                .map(option -> LocalisedText.in(option.getJsonObject("label"), language)).orElse(value);
    }

    /** The item field at a pointer relative to one row of this group. */
    Optional<FormField> item(String relativePointer) {
        return items.stream().filter(item -> item.pointer().equals(relativePointer)).findFirst();
    }
}
