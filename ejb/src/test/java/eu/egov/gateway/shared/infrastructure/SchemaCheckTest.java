package eu.egov.gateway.shared.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.Locale;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import eu.egov.gateway.shared.domain.FieldViolation;

class SchemaCheckTest {

    private static final SchemaCheck BID_LIKE = SchemaCheck.of(json("""
            {"type": "object", "properties": {
              "lots": {"type": "array", "minItems": 1, "uniqueItems": true},
              "price": {"type": "number", "exclusiveMinimum": 0},
              "title": {"type": "object", "minProperties": 1}}}"""));

    @Test
    void wordsTheArrayNumberAndTextRulesPlainlyInEachLanguage() {
        JsonObject wrong = json("""
                {"lots": [], "price": 0, "title": {}}""");

        assertThat(BID_LIKE.violations(wrong, Locale.ENGLISH, pointer -> pointer)).extracting(FieldViolation::message)
                .containsExactly("Choose at least 1.", "Enter a value above 0.", "Write this in at least one language.");
        assertThat(BID_LIKE.violations(wrong, Locale.FRENCH, pointer -> pointer)).extracting(FieldViolation::message)
                .containsExactly("Choisissez-en au moins 1.", "Saisissez une valeur supérieure à 0.",
                        "Rédigez ce texte dans au moins une langue.");
        assertThat(BID_LIKE.violations(wrong, Locale.GERMAN, pointer -> pointer)).extracting(FieldViolation::message)
                .containsExactly("Wählen Sie mindestens 1 aus.", "Geben Sie einen Wert über 0 ein.",
                        "Verfassen Sie diesen Text in mindestens einer Sprache.");
    }

    @Test
    void saysAValueIsGivenTwice() {
        assertThat(BID_LIKE.violations(json("""
                {"lots": [1, 1]}"""), Locale.ENGLISH, pointer -> pointer))
                .containsExactly(new FieldViolation("/lots", "/lots", "Give each value once only."));
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
