package eu.egov.gateway.shared.domain;

import java.util.Locale;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

/** A text of a form definition given per language, such as {"en": "...", "fr": "...", "de": "..."}. */
public final class LocalisedText {

    private static final String FALLBACK = "en";

    private LocalisedText() {
    }

    /** The text in the language asked for, else in English, else the first one given. */
    public static String in(JsonObject texts, Locale language) {
        if (texts == null || texts.isEmpty()) {
            return "";
        }
        String text = texts.getString(language.getLanguage(), null);
        if (text == null) {
            text = texts.getString(FALLBACK, null);
        }
        if (text == null) {
            text = texts.values().stream()
                    .filter(JsonString.class::isInstance)
                    .map(value -> ((JsonString) value).getString())
                    .findFirst().orElse("");
        }
        return text;
    }
}
