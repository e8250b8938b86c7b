package eu.egov.gateway.workflow.application;

/**
 * What the filing process asks of the application just after a submission: its receipt. Implemented by the
 * filing context, so that the workflow package does not depend on it.
 */
public interface FilingReceipts {

    void issueReceipt(String reference);
}
