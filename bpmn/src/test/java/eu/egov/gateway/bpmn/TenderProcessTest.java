package eu.egov.gateway.bpmn;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A published tender waits for its submission deadline, then for its opening board. */
class TenderProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .useProcessEngine(inMemoryEngine())
            .build();

    private static ProcessEngine inMemoryEngine() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:tender-process;DB_CLOSE_DELAY=-1");
        // one engine per test class, named, so that the assertions below ask this one
        configuration.setProcessEngineName("tender-process-test");
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_AUDIT);
        configuration.setJobExecutorActivate(false);
        return configuration.buildProcessEngine();
    }

    @BeforeEach
    void assertAgainstThisEngine() {
        init(engine.getProcessEngine());
    }

    @Test
    @Deployment(resources = "processes/tender.bpmn")
    void theBoardOpensOnlyOnceTheDeadlineHasPassed() {
        Date deadline = new Date(System.currentTimeMillis() + 3_600_000);
        ProcessInstance tender = engine.getRuntimeService().startProcessInstanceByKey("tender", "TND-1",
                Map.of("authority", "authority-1", "submissionDeadline", deadline));

        assertThat(tender).isWaitingAt("submissionDeadline");
        assertThat(job()).hasDueDate(deadline);

        execute(job());

        assertThat(tender).isWaitingAt("opening");
        assertThat(task(tender)).hasCandidateGroup("authority-1");
    }
}
