package eu.egov.gateway.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The receipt process on an in-memory engine; the receipt delegate is a recording test double. */
class ReceiptProcessTest {

    private static final List<String> RECEIPTS_ISSUED = new ArrayList<>();

    private static final JavaDelegate ISSUE_RECEIPT = execution -> RECEIPTS_ISSUED.add(execution.getProcessBusinessKey());

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .useProcessEngine(inMemoryEngine())
            .build();

    private static ProcessEngine inMemoryEngine() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:receipt-process;DB_CLOSE_DELAY=-1");
        configuration.setProcessEngineName("receipt-process-test");
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_AUDIT);
        configuration.setJobExecutorActivate(false);
        configuration.setBeans(Map.of("issueReceipt", ISSUE_RECEIPT));
        return configuration.buildProcessEngine();
    }

    @BeforeEach
    void assertAgainstThisEngine() {
        init(engine.getProcessEngine());
    }

    @Test
    @Deployment(resources = "processes/receipt.bpmn")
    void theReceiptIsIssuedAsAJobAfterTheSubmissionCommits() {
        ProcessInstance receipt = engine.getRuntimeService().startProcessInstanceByKey("receipt", "FIL-1");

        assertThat(receipt).isWaitingAt("issueReceipt");
        assertThat(RECEIPTS_ISSUED).doesNotContain("FIL-1");

        execute(job());

        assertThat(receipt).hasPassed("issueReceipt", "issued").isEnded();
        assertThat(RECEIPTS_ISSUED).contains("FIL-1");
    }
}
