package eu.egov.gateway.workflow.application;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.task.Task;

import eu.egov.gateway.shared.domain.ProblemType;
import eu.egov.gateway.shared.domain.Rejection;
import eu.egov.gateway.workflow.infrastructure.ProcessEngineStartup;

/**
 * The filing process as the rest of the application sees it. Runs in the caller's transaction:
 * the engine's transactions are managed by WildFly's.
 */
@ApplicationScoped
public class FilingWorkflow {

    private static final String PROCESS = "filing";
    private static final String REVIEW = "review";
    private static final String COMPLETION_REQUESTED = "COMPLETION_REQUESTED";
    private static final String COMPLETED = "filingCompleted";
    private static final String FEE_PAID = "feePaid";

    @Inject
    private ProcessEngineStartup startup;

    /**
     * Starts the filing's process with its legal clock: the queue is warned when the deadline is near and when
     * it has passed, or, where silence approves, the filing is approved by it.
     */
    public void start(String reference, String authorityId, Instant decisionDue, Instant dueSoonAt, boolean tacitApproval) {
        engine().getRuntimeService().startProcessInstanceByKey(PROCESS, reference, Map.of(
                "authority", authorityId,
                "feeDue", false,
                "decisionDue", Date.from(decisionDue),
                "dueSoonAt", Date.from(dueSoonAt),
                "tacitApproval", tacitApproval));
    }

    /** Starts the process of a filing that waits for its fee; its legal clock is set when the fee is paid. */
    public void startAwaitingFee(String reference, String authorityId, boolean tacitApproval) {
        engine().getRuntimeService().startProcessInstanceByKey(PROCESS, reference, Map.of(
                "authority", authorityId,
                "feeDue", true,
                "tacitApproval", tacitApproval));
    }

    /** The fee is paid: the filing enters the authority's queue with its legal clock. */
    public void feePaid(String reference, Instant decisionDue, Instant dueSoonAt) {
        engine().getRuntimeService().createMessageCorrelation(FEE_PAID)
                .processInstanceBusinessKey(reference)
                .setVariable("decisionDue", Date.from(decisionDue))
                .setVariable("dueSoonAt", Date.from(dueSoonAt))
                .correlate();
    }

    public void claim(String reference, String authorityId, String userId) {
        Task task = reviewTask(reference, authorityId).orElseThrow(() -> new Rejection(ProblemType.CASE_NOT_OPEN));
        if (userId.equals(task.getAssignee())) {
            return;
        }
        try {
            engine().getTaskService().claim(task.getId(), userId);
        } catch (TaskAlreadyClaimedException claimed) {
            throw new Rejection(ProblemType.CASE_CLAIMED_BY_ANOTHER);
        }
    }

    /** Gives the review to a clerk of the authority, whoever held it. */
    public void assign(String reference, String authorityId, String userId) {
        Task task = reviewTask(reference, authorityId).orElseThrow(() -> new Rejection(ProblemType.CASE_NOT_OPEN));
        engine().getTaskService().setAssignee(task.getId(), userId);
    }

    /** Ends the review with a request for completion; the process waits for the firm until {@code completionDue}. */
    public void requestCompletion(String reference, String authorityId, String userId, Instant completionDue) {
        Task task = reviewTask(reference, authorityId).orElseThrow(() -> new Rejection(ProblemType.CASE_NOT_OPEN));
        if (!userId.equals(task.getAssignee())) {
            throw new Rejection(ProblemType.CASE_NOT_CLAIMED);
        }
        engine().getTaskService().complete(task.getId(),
                Map.of("outcome", COMPLETION_REQUESTED, "completionDue", Date.from(completionDue)));
    }

    /**
     * The firm completed its filing: the review starts again, with the clerk who asked and the legal clock moved
     * by the time the filing waited.
     */
    public void completed(String reference, String authorityId, String assignee, Instant decisionDue, Instant dueSoonAt) {
        engine().getRuntimeService().createMessageCorrelation(COMPLETED)
                .processInstanceBusinessKey(reference)
                .setVariable("decisionDue", Date.from(decisionDue))
                .setVariable("dueSoonAt", Date.from(dueSoonAt))
                .correlate();
        assign(reference, authorityId, assignee);
    }

    /** Completes the review the user claimed; the process then issues the decision. */
    public void decide(String reference, String authorityId, String userId, String outcome) {
        Task task = reviewTask(reference, authorityId).orElseThrow(() -> new Rejection(ProblemType.CASE_NOT_OPEN));
        if (!userId.equals(task.getAssignee())) {
            throw new Rejection(ProblemType.CASE_NOT_CLAIMED);
        }
        engine().getTaskService().complete(task.getId(), Map.of("outcome", outcome));
    }

    private Optional<Task> reviewTask(String reference, String authorityId) {
        return Optional.ofNullable(engine().getTaskService().createTaskQuery()
                .processDefinitionKey(PROCESS)
                .taskDefinitionKey(REVIEW)
                .processInstanceBusinessKey(reference)
                .taskCandidateGroup(authorityId)
                .includeAssignedTasks()
                .singleResult());
    }

    private ProcessEngine engine() {
        return startup.engine();
    }
}
