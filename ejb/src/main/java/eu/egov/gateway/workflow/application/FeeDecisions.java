package eu.egov.gateway.workflow.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.ProcessEngine;

import eu.egov.gateway.workflow.infrastructure.ProcessEngineStartup;

/** The fee decision tables (DMN, deployed with the processes), evaluated by the embedded engine on a form's data. */
@ApplicationScoped
public class FeeDecisions {

    private static final String OUTPUT = "fee";

    @Inject
    private ProcessEngineStartup startup;

    public boolean exists(String decisionKey) {
        return engine().getRepositoryService().createDecisionDefinitionQuery()
                .decisionDefinitionKey(decisionKey).latestVersion().count() > 0;
    }

    /**
     * The fee in euros, to the cent, that the decision computes from these inputs (the form's fields by name;
     * absent ones null).
     */
    public BigDecimal fee(String decisionKey, Map<String, Object> inputs) {
        DmnDecisionResultEntries result = engine().getDecisionService().evaluateDecisionByKey(decisionKey)
                .variables(inputs).evaluate().getSingleResult();
        if (result == null || !(result.getEntry(OUTPUT) instanceof Number fee)) {
            throw new IllegalStateException("the decision " + decisionKey + " gave no fee for " + inputs.keySet());
        }
        return new BigDecimal(fee.toString()).setScale(2, RoundingMode.HALF_UP);
    }

    private ProcessEngine engine() {
        return startup.engine();
    }
}
