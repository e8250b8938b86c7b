package eu.egov.gateway.identity.domain;

/** What a user may do for an organisation (DESIGN.md §5). */
public enum Role {
    APPLICANT,
    BIDDER,
    CLERK,
    PROCUREMENT_OFFICER,
    OPENING_MEMBER,
    EVALUATOR,
    AUDITOR,
    ADMIN,
    /** Reconciles the authority's bank statements with the fees firms pay. */
    FINANCE
}
