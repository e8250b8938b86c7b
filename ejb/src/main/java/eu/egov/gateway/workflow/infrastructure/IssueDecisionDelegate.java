package eu.egov.gateway.workflow.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import eu.egov.gateway.workflow.application.CaseDecisions;

/** The filing process's "Issue signed decision" task: hands over to the application. */
@ApplicationScoped
public class IssueDecisionDelegate implements JavaDelegate {

    @Inject
    private CaseDecisions decisions;

    @Override
    public void execute(DelegateExecution execution) {
        decisions.issueDecision(execution.getProcessBusinessKey());
    }
}
