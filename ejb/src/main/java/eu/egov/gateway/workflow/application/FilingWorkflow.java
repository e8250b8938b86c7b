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

    @Inject
    private ProcessEngineStartup startup;

    /**
     * Starts the filing's process with its legal clock: the queue is warned when the deadline is near and when
     * it has passed, or, where silence approves, the filing is approved by it.
     */
    public void start(String reference, String authorityId, Instant decisionDue, Instant dueSoonAt, boolean tacitApproval) {
        engine().getRuntimeService().startProcessInstanceByKey(PROCESS, reference, Map.of(
                "authority", authorityId,
                "decisionDue", Date.from(decisionDue),
                "dueSoonAt", Date.from(dueSoonAt),
                "tacitApproval", tacitApproval));
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
