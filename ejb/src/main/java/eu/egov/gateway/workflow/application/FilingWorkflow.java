package eu.egov.gateway.workflow.application;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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

    public void start(String reference, String authorityId) {
        engine().getRuntimeService().startProcessInstanceByKey(PROCESS, reference, Map.of("authority", authorityId));
    }

    /** The authority's open cases: unassigned ones and those the user claimed, oldest first. */
    public List<CaseTask> queue(String authorityId, String userId, int offset, int limit) {
        List<Task> tasks = engine().getTaskService().createTaskQuery()
                .processDefinitionKey(PROCESS)
                .taskDefinitionKey(REVIEW)
                .taskCandidateGroup(authorityId)
                .includeAssignedTasks()
                .or().taskUnassigned().taskAssignee(userId).endOr()
                .orderByTaskCreateTime().asc()
                .listPage(offset, limit);
        if (tasks.isEmpty()) {
            return List.of();
        }
        // tasks do not carry their process's business key, which is the filing's reference
        Map<String, String> references = engine().getRuntimeService().createProcessInstanceQuery()
                .processInstanceIds(tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()))
                .list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        return tasks.stream()
                .map(task -> caseTask(references.get(task.getProcessInstanceId()), task))
                .toList();
    }

    public Optional<CaseTask> openCase(String reference, String authorityId) {
        return reviewTask(reference, authorityId).map(task -> caseTask(reference, task));
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

    private static CaseTask caseTask(String reference, Task task) {
        return new CaseTask(reference, task.getAssignee(), task.getCreateTime().toInstant());
    }

    private ProcessEngine engine() {
        return startup.engine();
    }
}
