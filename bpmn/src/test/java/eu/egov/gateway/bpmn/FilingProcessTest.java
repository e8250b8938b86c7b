package eu.egov.gateway.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
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

    private static final List<String> DEADLINE_STEPS = new ArrayList<>();

    private static final JavaDelegate CASE_DEADLINE =
            execution -> DEADLINE_STEPS.add(execution.getProcessBusinessKey() + ":" + execution.getCurrentActivityId());

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
        configuration.setBeans(Map.of("issueDecision", ISSUE_DECISION, "caseDeadline", CASE_DEADLINE));
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

    @Test
    @Deployment(resources = "processes/filing.bpmn")
    void theQueueIsWarnedBeforeTheDeadlineAndTheCaseStaysOpen() {
        ProcessInstance filing = start("FIL-4", false);

        execute(timer(filing, "deadlineNear"));

        assertThat(filing).hasPassed("alertDueSoon").isWaitingAt("review");
        assertThat(DEADLINE_STEPS).contains("FIL-4:alertDueSoon");
    }

    @Test
    @Deployment(resources = "processes/filing.bpmn")
    void withoutTacitApprovalAnOverdueCaseIsFlaggedAndStillAwaitsItsDecision() {
        ProcessInstance filing = start("FIL-5", false);

        execute(timer(filing, "deadlinePassed"));

        assertThat(filing).hasPassed("alertOverdue").hasNotPassed("approveTacitly").isWaitingAt("review");
        assertThat(DEADLINE_STEPS).contains("FIL-5:alertOverdue");
    }

    @Test
    @Deployment(resources = "processes/filing.bpmn")
    void whereSilenceApprovesTheDeadlineApprovesTheFilingAndClosesTheReview() {
        ProcessInstance filing = start("FIL-6", true);

        execute(timer(filing, "deadlinePassed"));

        assertThat(filing).hasPassed("approveTacitly", "tacitlyApproved").hasNotPassed("issueDecision").isEnded();
        assertThat(DEADLINE_STEPS).contains("FIL-6:approveTacitly");
    }

    @Test
    @Deployment(resources = "processes/filing.bpmn")
    void aDecisionInTimeCancelsTheDeadlineTimers() {
        ProcessInstance filing = start("FIL-7", true);

        engine.getTaskService().complete(task(filing).getId(), withVariables("outcome", "APPROVED", "reason", "fine"));

        assertThat(filing).isEnded();
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(filing.getId()).count()).isZero();
    }

    @Test
    @Deployment(resources = "processes/filing.bpmn")
    void aCompletedFilingGoesBackToReviewWithItsDeadlineMoved() {
        ProcessInstance filing = start("FIL-8", false);
        engine.getTaskService().complete(task(filing).getId(), withVariables("outcome", "COMPLETION_REQUESTED",
                "completionDue", Date.from(Instant.now().plus(Duration.ofDays(14)))));
        assertThat(filing).isWaitingAt("awaitCompletion");

        Date moved = Date.from(Instant.now().plus(Duration.ofDays(40)));
        engine.getRuntimeService().createMessageCorrelation("filingCompleted").processInstanceBusinessKey("FIL-8")
                .setVariable("decisionDue", moved).correlate();

        assertThat(filing).isWaitingAt("review").hasNotPassed("closeUncompleted");
        assertThat(timer(filing, "deadlinePassed").getDuedate()).isEqualTo(moved);
    }

    @Test
    @Deployment(resources = "processes/filing.bpmn")
    void withoutCompletionInTimeTheCaseClosesAsWithdrawn() {
        ProcessInstance filing = start("FIL-9", false);
        engine.getTaskService().complete(task(filing).getId(), withVariables("outcome", "COMPLETION_REQUESTED",
                "completionDue", Date.from(Instant.now().plus(Duration.ofDays(14)))));

        execute(timer(filing, "completionDeadline"));

        assertThat(filing).hasPassed("closeUncompleted", "withdrawn").hasNotPassed("issueDecision").isEnded();
        assertThat(DEADLINE_STEPS).contains("FIL-9:closeUncompleted");
    }

    private static Job timer(ProcessInstance filing, String boundaryEvent) {
        return engine.getManagementService().createJobQuery().processInstanceId(filing.getId())
                .activityId(boundaryEvent).singleResult();
    }

    @Test
    @Deployment(resources = "processes/filing.bpmn")
    void aFilingWithAFeeEntersTheQueueOnlyWhenPaidWithItsLegalClockFromThen() {
        ProcessInstance filing = engine.getRuntimeService().startProcessInstanceByKey("filing", "FIL-9", Map.of(
                "authority", "authority-1", "feeDue", true, "tacitApproval", false));

        assertThat(filing).isWaitingAt("feePaid");
        assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup("authority-1").count()).isZero();

        Instant due = Instant.now().plus(Duration.ofDays(30));
        engine.getRuntimeService().createMessageCorrelation("feePaid").processInstanceBusinessKey("FIL-9")
                .setVariable("decisionDue", Date.from(due))
                .setVariable("dueSoonAt", Date.from(due.minus(Duration.ofDays(3))))
                .correlate();

        assertThat(filing).isWaitingAt("review");
        assertThat(task(filing)).hasCandidateGroup("authority-1").isNotAssigned();
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(filing.getId()).timers().list())
                .extracting(Job::getDuedate).contains(Date.from(due));
    }

    private ProcessInstance start(String reference) {
        return start(reference, false);
    }

    private ProcessInstance start(String reference, boolean tacitApproval) {
        Instant due = Instant.now().plus(Duration.ofDays(30));
        return engine.getRuntimeService().startProcessInstanceByKey("filing", reference, Map.of(
                "authority", "authority-1",
                "feeDue", false,
                "decisionDue", Date.from(due),
                "dueSoonAt", Date.from(due.minus(Duration.ofDays(3))),
                "tacitApproval", tacitApproval));
    }
}
