package eu.egov.gateway.filing.application;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import eu.egov.gateway.filing.domain.FormDefinition;
import eu.egov.gateway.workflow.application.FeeDecisions;

/** The fee a form's decision table asks for the data given; none for a form without a fee, or a fee of zero. */
@ApplicationScoped
class FeeAssessment {

    @Inject
    private FeeDecisions decisions;

    Optional<BigDecimal> fee(FormDefinition definition, JsonObject data) {
        return definition.feeDecision()
                .map(decision -> decisions.fee(decision, inputs(definition, data)))
                .filter(fee -> fee.signum() > 0);
    }

    boolean decisionExists(String decision) {
        return decisions.exists(decision);
    }

    /** Every top-level field of the form by name, null where the data leaves it out, so that rules can test for it. */
    private static Map<String, Object> inputs(FormDefinition definition, JsonObject data) {
        Map<String, Object> inputs = new HashMap<>();
        for (String field : definition.schema().getJsonObject("properties").keySet()) {
            inputs.put(field, value(data.get(field)));
        }
        return inputs;
    }

    private static Object value(JsonValue value) {
        if (value == null) {
            return null;
        }
        return switch (value.getValueType()) {
            case NUMBER -> ((JsonNumber) value).bigDecimalValue().doubleValue();
            case STRING -> ((JsonString) value).getString();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            default -> null;
        };
    }
}
