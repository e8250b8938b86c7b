package eu.egov.gateway.filing.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import eu.egov.gateway.filing.domain.Form;
import eu.egov.gateway.shared.domain.FieldViolation;

/** The business-activity-change form as published, checked by networknt's validator. */
class FormDataValidatorTest {

    private final FormDataValidator validator = new FormDataValidator();
    private final Form form = new Form("authority", resource("forms/business-activity-change.json"));

    @Test
    void completeDataWithItsAttachmentHasNoViolation() {
        JsonObject data = Json.createObjectBuilder()
                .add("effectiveDate", "2027-01-15").add("currentActivityCode", "47.11").add("newActivityCode", "56.10")
                .add("newActivityDescription", "Tea room and pastry shop").add("declaration", true).build();

        assertThat(validator.violations(form, data, List.of(), Locale.ENGLISH))
                .extracting(FieldViolation::pointer).containsExactly("/attachments/statutes");
    }

    @Test
    void eachViolationNamesItsFieldByLabelInTheApplicantsLanguage() {
        JsonObject data = Json.createObjectBuilder()
                .add("effectiveDate", "morgen").add("newActivityCode", "Gastronomie").add("employees", -1)
                .add("declaration", false).add("colour", "blue").build();

        List<FieldViolation> violations = validator.violations(form, data, List.of(), Locale.GERMAN);

        assertThat(violations).extracting(FieldViolation::pointer).containsExactly(
                "/attachments/statutes", "/colour", "/currentActivityCode", "/declaration", "/effectiveDate",
                "/employees", "/newActivityCode", "/newActivityDescription");
        assertThat(violations).contains(
                new FieldViolation("/effectiveDate", "Datum, ab dem die Änderung gilt",
                        "Geben Sie ein Datum im Format JJJJ-MM-TT ein."),
                new FieldViolation("/currentActivityCode", "Derzeitiger Tätigkeitscode (NACE Rev. 2)",
                        "Dieses Feld ist ein Pflichtfeld."),
                new FieldViolation("/attachments/statutes", "Geänderte Satzung (PDF)", "Fügen Sie dieses Dokument bei."),
                new FieldViolation("/employees", "Zahl der Beschäftigten nach der Änderung",
                        "Geben Sie einen Wert von mindestens 0 ein."));
    }

    private static String resource(String name) {
        try (InputStream in = FormDataValidatorTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
