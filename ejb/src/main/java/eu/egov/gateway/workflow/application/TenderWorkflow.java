package eu.egov.gateway.workflow.application;

import java.time.Instant;
import java.util.Date;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;

import eu.egov.gateway.workflow.infrastructure.ProcessEngineStartup;

/** The tender process as the rest of the application sees it; runs in the caller's transaction. */
@ApplicationScoped
public class TenderWorkflow {

    private static final String PROCESS = "tender";

    @Inject
    private ProcessEngineStartup startup;

    public void start(String reference, String authorityId, Instant submissionDeadline) {
        startup.engine().getRuntimeService().startProcessInstanceByKey(PROCESS, reference,
                Map.of("authority", authorityId, "submissionDeadline", Date.from(submissionDeadline)));
    }

    /**
     * The board has opened the bids: completes the opening task. The deadline's timer may not have
     * been fired yet by the job executor (it polls); then it fires here, as its time has come.
     */
    public void opened(String reference) {
        ProcessEngine engine = startup.engine();
        engine.getManagementService().createJobQuery()
                .processDefinitionKey(PROCESS)
                .processInstanceId(instance(engine, reference))
                .timers()
                .list()
                .forEach(timer -> engine.getManagementService().executeJob(timer.getId()));
        Task opening = engine.getTaskService().createTaskQuery()
                .processInstanceBusinessKey(reference)
                .taskDefinitionKey("opening")
                .singleResult();
        engine.getTaskService().complete(opening.getId());
    }

    /** A corrigendum moved the deadline: the process's timer moves with it. */
    public void deadlineMoved(String reference, Instant submissionDeadline) {
        ProcessEngine engine = startup.engine();
        String instance = instance(engine, reference);
        engine.getRuntimeService().setVariable(instance, "submissionDeadline", Date.from(submissionDeadline));
        engine.getManagementService().createJobQuery().processInstanceId(instance).timers().list()
                .forEach(timer -> engine.getManagementService().setJobDuedate(timer.getId(), Date.from(submissionDeadline)));
    }

    private static String instance(ProcessEngine engine, String reference) {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(PROCESS)
                .processInstanceBusinessKey(reference)
                .singleResult()
                .getId();
    }
}
