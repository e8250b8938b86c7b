package eu.egov.gateway.workflow.application;

/**
 * What the filing process's legal clock asks of the application. Implemented by the filing context, so
 * that the workflow package does not depend on it.
 */
public interface CaseDeadlines {

    /** The deadline is near and the case is still open: warn the authority's queue. */
    void dueSoon(String reference);

    /** The deadline has passed without a decision, on a form where silence does not approve. */
    void overdue(String reference);

    /** The deadline has passed without a decision, and the form's law makes silence an approval. */
    void approveTacitly(String reference);

    /** The firm did not complete its filing by the completion deadline: the case closes as withdrawn. */
    void closeUncompleted(String reference);
}
