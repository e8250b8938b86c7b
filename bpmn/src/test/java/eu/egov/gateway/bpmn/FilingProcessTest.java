package eu.egov.gateway.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The filing process on an in-memory engine; the decision delegate is a recording test double. */
class FilingProcessTest {

    private static final List<String> DECISIONS_ISSUED = new ArrayList<>();

    private static final JavaDelegate ISSUE_DECISION =
            execution -> DECISIONS_ISSUED.add(execution.getProcessBusinessKey() + ":" + execution.getVariable("outcome"));

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .useProcessEngine(inMemoryEngine())
            .build();

    private static ProcessEngine inMemoryEngine() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:filing-process;DB_CLOSE_DELAY=-1");
        // one engine per test class, named, so that the assertions below ask this one
        configuration.setProcessEngineName("filing-process-test");
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_AUDIT);
        configuration.setJobExecutorActivate(false);
        configuration.setBeans(Map.of("issueDecision", ISSUE_DECISION));
        return configuration.buildProcessEngine();
    }

    @BeforeEach
    void assertAgainstThisEngine() {
        init(engine.getProcessEngine());
    }

    @Test
    @Deployment(resources = "processes/filing.bpmn")
    void aSubmittedFilingWaitsInTheAuthoritysQueue() {
        ProcessInstance filing = start("FIL-1");

        assertThat(filing).isWaitingAt("review");
        assertThat(task(filing)).hasCandidateGroup("authority-1").isNotAssigned();
    }

    @Test
    @Deployment(resources = "processes/filing.bpmn")
    void anApprovalIssuesTheDecisionAndEndsApproved() {
        ProcessInstance filing = start("FIL-2");

        engine.getTaskService().complete(task(filing).getId(), withVariables("outcome", "APPROVED", "reason", "complete"));

        assertThat(filing).hasPassed("issueDecision").isEnded();
        assertThat(filing).hasPassed("approved").hasNotPassed("rejected");
        assertThat(DECISIONS_ISSUED).contains("FIL-2:APPROVED");
    }

    @Test
    @Deployment(resources = "processes/filing.bpmn")
    void aRejectionIssuesTheDecisionAndEndsRejected() {
        ProcessInstance filing = start("FIL-3");

        engine.getTaskService().complete(task(filing).getId(), withVariables("outcome", "REJECTED", "reason", "missing statutes"));

        assertThat(filing).hasPassed("issueDecision", "rejected").hasNotPassed("approved").isEnded();
        assertThat(DECISIONS_ISSUED).contains("FIL-3:REJECTED");
    }

    private ProcessInstance start(String reference) {
        return engine.getRuntimeService()
                .startProcessInstanceByKey("filing", reference, Map.of("authority", "authority-1"));
    }
}
