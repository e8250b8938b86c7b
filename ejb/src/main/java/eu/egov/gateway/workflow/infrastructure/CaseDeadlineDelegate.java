package eu.egov.gateway.workflow.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import eu.egov.gateway.workflow.application.CaseDeadlines;

/** The filing process's legal-clock tasks, told apart by their activity id: hands over to the application. */
@ApplicationScoped
public class CaseDeadlineDelegate implements JavaDelegate {

    @Inject
    private CaseDeadlines deadlines;

    @Override
    public void execute(DelegateExecution execution) {
        String reference = execution.getProcessBusinessKey();
        switch (execution.getCurrentActivityId()) {
            case "alertDueSoon" -> deadlines.dueSoon(reference);
            case "alertOverdue" -> deadlines.overdue(reference);
            case "approveTacitly" -> deadlines.approveTacitly(reference);
            case "closeUncompleted" -> deadlines.closeUncompleted(reference);
            default -> throw new IllegalStateException("no deadline step " + execution.getCurrentActivityId());
        }
    }
}
