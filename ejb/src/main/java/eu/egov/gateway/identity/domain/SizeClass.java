package eu.egov.gateway.identity.domain;

/** Enterprise size class as defined by Commission Recommendation 2003/361/EC. */
public enum SizeClass {
    MICRO,
    SMALL,
    MEDIUM,
    LARGE;

    /** Micro, small and medium-sized enterprises are the SMEs the Recommendation defines. */
    public boolean isSme() {
        return this != LARGE;
    }
}
