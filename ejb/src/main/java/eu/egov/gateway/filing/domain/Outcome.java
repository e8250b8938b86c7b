package eu.egov.gateway.filing.domain;

/** What the authority decided on a filing. */
public enum Outcome {
    APPROVED,
    REJECTED,
    /** Nobody decided by the legal deadline, and the form's law makes silence an approval. */
    TACITLY_APPROVED;

    public FilingStatus status() {
        return this == REJECTED ? FilingStatus.REJECTED : FilingStatus.APPROVED;
    }
}
