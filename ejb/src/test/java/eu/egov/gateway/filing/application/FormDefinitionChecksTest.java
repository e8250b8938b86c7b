package eu.egov.gateway.filing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import eu.egov.gateway.shared.domain.FieldViolation;
import eu.egov.gateway.shared.domain.Rejection;

class FormDefinitionChecksTest {

    private static final Set<String> FEE_DECISIONS = Set.of("public-space-fee");

    private final FormDefinitionChecks checks = new FormDefinitionChecks();

    @BeforeEach
    void compile() {
        checks.compile();
    }

    @ParameterizedTest
    @ValueSource(strings = {"business-activity-change", "terrace-permit", "tourist-tax-declaration"})
    void everyFormTheGatewayShipsIsAValidDefinition(String code) {
        assertThatCode(() -> checks.accept(form(code), FEE_DECISIONS::contains, Locale.ENGLISH)).doesNotThrowAnyException();
    }

    @Test
    void aFeeMustNameADecisionTableOfTheGateway() {
        JsonObject definition = with(form("terrace-permit"), "/fee/decision", "terrace-fee");

        assertThat(violations(definition)).extracting(FieldViolation::pointer).containsExactly("/fee/decision");
    }

    @Test
    void aFieldMustBeAPropertyOfTheSchema() {
        JsonObject definition = with(form("terrace-permit"), "/ui/fields/2/pointer", "/terraceSize");

        assertThat(violations(definition)).extracting(FieldViolation::pointer)
                .contains("/ui/fields/2/pointer", "/ui/steps/1/fields/0");
    }

    @Test
    void anItemOfAGroupMustBeAPropertyOfTheGroupsItems() {
        JsonObject definition = with(form("tourist-tax-declaration"), "/ui/fields/3/items/1/pointer", "/guests");

        assertThat(violations(definition)).singleElement()
                .satisfies(v -> assertThat(v.pointer()).isEqualTo("/ui/fields/3/items/1/pointer"))
                .satisfies(v -> assertThat(v.message()).contains("/guests"));
    }

    @Test
    void aConditionMustNameAFieldAndEveryFieldSitsInAStep() {
        JsonObject definition = with(form("terrace-permit"), "/ui/fields/7/showIf/pointer", "/heating");
        definition = Json.createPointer("/ui/steps/2/fields/0").remove(definition);
        definition = Json.createPointer("/ui/steps/2/fields/-").add(definition, Json.createValue("/tables"));

        assertThat(violations(definition)).extracting(FieldViolation::pointer)
                .containsExactlyInAnyOrder("/ui/fields/7/showIf/pointer", "/ui/steps/2/fields/0", "/ui/steps");
    }

    @Test
    void theShapeIsCheckedFirstInTheCallersLanguage() {
        JsonObject definition = Json.createPointer("/title").remove(form("terrace-permit"));

        Rejection rejection = catchThrowableOfType(() -> checks.accept(definition, FEE_DECISIONS::contains, Locale.FRENCH), Rejection.class);

        assertThat(rejection.violations()).singleElement().satisfies(v -> {
            assertThat(v.pointer()).isEqualTo("/title");
            assertThat(v.message()).isEqualTo("Ce champ est obligatoire.");
        });
    }

    private static JsonObject with(JsonObject definition, String pointer, String value) {
        return Json.createPointer(pointer).replace(definition, Json.createValue(value));
    }

    private List<FieldViolation> violations(JsonObject definition) {
        return catchThrowableOfType(() -> checks.accept(definition, FEE_DECISIONS::contains, Locale.ENGLISH), Rejection.class).violations();
    }

    private static JsonObject form(String code) {
        try (InputStream in = FormDefinitionChecksTest.class.getClassLoader().getResourceAsStream("forms/" + code + ".json");
             JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
