package eu.egov.gateway.workflow.application;

/**
 * What the filing process asks of the application once a clerk has decided. Implemented by the
 * filing context, so that the workflow package does not depend on it.
 */
public interface CaseDecisions {

    void issueDecision(String reference);
}
