package eu.egov.gateway.filing.domain;

/** What the authority decided on a filing. */
public enum Outcome {
    APPROVED,
    REJECTED;

    public FilingStatus status() {
        return this == APPROVED ? FilingStatus.APPROVED : FilingStatus.REJECTED;
    }
}
