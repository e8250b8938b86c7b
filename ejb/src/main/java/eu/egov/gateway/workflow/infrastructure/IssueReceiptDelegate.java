package eu.egov.gateway.workflow.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import eu.egov.gateway.workflow.application.FilingReceipts;

/** The filing process's "Issue signed receipt" job: hands over to the application. */
@ApplicationScoped
public class IssueReceiptDelegate implements JavaDelegate {

    @Inject
    private FilingReceipts receipts;

    @Override
    public void execute(DelegateExecution execution) {
        receipts.issueReceipt(execution.getProcessBusinessKey());
    }
}
