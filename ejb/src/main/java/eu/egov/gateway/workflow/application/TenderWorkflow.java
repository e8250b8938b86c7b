package eu.egov.gateway.workflow.application;

import java.time.Instant;
import java.util.Date;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.egov.gateway.workflow.infrastructure.ProcessEngineStartup;

/** The tender process as the rest of the application sees it; runs in the caller's transaction. */
@ApplicationScoped
public class TenderWorkflow {

    @Inject
    private ProcessEngineStartup startup;

    public void start(String reference, String authorityId, Instant submissionDeadline) {
        startup.engine().getRuntimeService().startProcessInstanceByKey("tender", reference,
                Map.of("authority", authorityId, "submissionDeadline", Date.from(submissionDeadline)));
    }
}
