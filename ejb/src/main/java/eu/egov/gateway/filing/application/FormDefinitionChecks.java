package eu.egov.gateway.filing.application;

import static eu.egov.gateway.shared.domain.Jsonp.JSON;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import eu.egov.gateway.shared.domain.FieldViolation;
import eu.egov.gateway.shared.domain.ProblemType;
import eu.egov.gateway.shared.domain.Rejection;
import eu.egov.gateway.shared.infrastructure.SchemaCheck;

/**
 * Accepts a form definition only when it has the shape {@code forms/form-definition.schema.json} gives,
 * its schema compiles, and everything the UI and the advisories name exists: each field's pointer is a
 * property of the schema (an item's, a property of the group's items), each condition names a field,
 * each step lists fields of the form and every field sits in exactly one step; a fee names a decision table
 * the gateway has.
 */
@ApplicationScoped
class FormDefinitionChecks {

    private static final String META_SCHEMA = "forms/form-definition.schema.json";

    private SchemaCheck metaSchema;

    @PostConstruct
    void compile() {
        try (InputStream in = FormDefinitionChecks.class.getClassLoader().getResourceAsStream(META_SCHEMA);
             JsonReader reader = JSON.createReader(in)) {
            metaSchema = SchemaCheck.of(reader.readObject());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param feeDecisions whether the gateway has a fee decision table of a name */
    void accept(JsonObject definition, Predicate<String> feeDecisions, Locale language) {
        List<FieldViolation> violations = new ArrayList<>(metaSchema.violations(definition, language, pointer -> pointer));
        if (violations.isEmpty()) {
            compiles(definition.getJsonObject("schema"), "/schema", violations, language);
            JsonObject ui = definition.getJsonObject("ui");
            JsonObject schema = definition.getJsonObject("schema");
            List<JsonObject> fields = ui.getJsonArray("fields").getValuesAs(JsonObject.class);
            Set<String> pointers = new HashSet<>();
            for (int i = 0; i < fields.size(); i++) {
                JsonObject field = fields.get(i);
                String at = "/ui/fields/" + i;
                pointers.add(field.getString("pointer"));
                JsonObject property = property(schema, field.getString("pointer"));
                if (property == null) {
                    violations.add(violation(at + "/pointer", "definition.pointer", language, field.getString("pointer")));
                } else if (field.containsKey("items")) {
                    List<JsonObject> items = field.getJsonArray("items").getValuesAs(JsonObject.class);
                    for (int j = 0; j < items.size(); j++) {
                        if (property(property.getJsonObject("items"), items.get(j).getString("pointer")) == null) {
                            violations.add(violation(at + "/items/" + j + "/pointer", "definition.pointer", language,
                                    items.get(j).getString("pointer")));
                        }
                    }
                }
            }
            for (int i = 0; i < fields.size(); i++) {
                JsonObject condition = fields.get(i).getJsonObject("showIf");
                if (condition != null && !pointers.contains(condition.getString("pointer"))) {
                    violations.add(violation("/ui/fields/" + i + "/showIf/pointer", "definition.field", language,
                            condition.getString("pointer")));
                }
            }
            steps(ui, pointers, violations, language);
            advisories(ui, violations, language);
            feeDecision(definition, feeDecisions, violations, language);
        }
        if (!violations.isEmpty()) {
            throw new Rejection(ProblemType.VALIDATION_FAILED, violations);
        }
    }

    private static void steps(JsonObject ui, Set<String> pointers, List<FieldViolation> violations, Locale language) {
        if (!ui.containsKey("steps")) {
            return;
        }
        List<JsonObject> steps = ui.getJsonArray("steps").getValuesAs(JsonObject.class);
        Set<String> placed = new HashSet<>();
        for (int i = 0; i < steps.size(); i++) {
            List<String> named = steps.get(i).getJsonArray("fields").getValuesAs(JsonString.class).stream()
                    .map(JsonString::getString).toList();
            for (int j = 0; j < named.size(); j++) {
                if (!pointers.contains(named.get(j)) || !placed.add(named.get(j))) {
                    violations.add(violation("/ui/steps/" + i + "/fields/" + j, "definition.step", language, named.get(j)));
                }
            }
        }
        pointers.stream().filter(pointer -> !placed.contains(pointer)).sorted()
                .forEach(pointer -> violations.add(violation("/ui/steps", "definition.step", language, pointer)));
    }

    private static void advisories(JsonObject ui, List<FieldViolation> violations, Locale language) {
        if (!ui.containsKey("advisories")) {
            return;
        }
        List<JsonObject> advisories = ui.getJsonArray("advisories").getValuesAs(JsonObject.class);
        for (int i = 0; i < advisories.size(); i++) {
            compiles(advisories.get(i).getJsonObject("when"), "/ui/advisories/" + i + "/when", violations, language);
        }
    }

    private static void feeDecision(JsonObject definition, Predicate<String> feeDecisions, List<FieldViolation> violations,
                                    Locale language) {
        JsonObject fee = definition.getJsonObject("fee");
        if (fee != null && !feeDecisions.test(fee.getString("decision"))) {
            violations.add(violation("/fee/decision", "definition.decision", language, fee.getString("decision")));
        }
    }

    private static void compiles(JsonObject schema, String at, List<FieldViolation> violations, Locale language) {
        try {
            SchemaCheck.of(schema).violations(JsonValue.EMPTY_JSON_OBJECT, language, pointer -> pointer);
        } catch (RuntimeException invalid) {
            violations.add(violation(at, "definition.schema", language, invalid.getMessage()));
        }
    }

    /** The schema of the property a pointer names, walking "properties"; null if there is none. */
    private static JsonObject property(JsonObject schema, String pointer) {
        JsonObject at = schema;
        for (String name : pointer.substring(1).split("/")) {
            if (at == null || !(at.get("properties") instanceof JsonObject properties)
                    || !(properties.get(name) instanceof JsonObject next)) {
                return null;
            }
            at = next;
        }
        return at;
    }

    private static FieldViolation violation(String pointer, String key, Locale language, Object argument) {
        return new FieldViolation(pointer, pointer, SchemaCheck.wording(key, language, argument));
    }
}
