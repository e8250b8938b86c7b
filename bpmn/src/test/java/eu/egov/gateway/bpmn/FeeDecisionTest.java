package eu.egov.gateway.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.Test;

/** The fee schedules of decisions/fees.dmn, evaluated as the gateway does: the form's fields by name. */
class FeeDecisionTest {

    private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

    @Test
    void aSmallTerracePaysTheFlatFeeAndHeatersAddToIt() {
        assertThat(publicSpaceFee(12, false)).isEqualTo(150);
        assertThat(publicSpaceFee(20, null)).isEqualTo(150);
        assertThat(publicSpaceFee(20, true)).isEqualTo(250);
    }

    @Test
    void eachSquareMetreBeyondTwentyCostsEightEuros() {
        assertThat(publicSpaceFee(24, false)).isEqualTo(182);
        assertThat(publicSpaceFee(64, true)).isEqualTo(602);
        assertThat(publicSpaceFee(20.5, false)).isEqualTo(154);
    }

    private static double publicSpaceFee(double area, Boolean heaters) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("terraceArea", area);
        inputs.put("heaters", heaters);
        try (InputStream dmn = FeeDecisionTest.class.getClassLoader().getResourceAsStream("decisions/fees.dmn")) {
            DmnDecision decision = DMN.parseDecision("public-space-fee", dmn);
            return ((Number) DMN.evaluateDecisionTable(decision, inputs).getSingleResult().getSingleEntry()).doubleValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
