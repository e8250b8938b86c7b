package eu.egov.gateway.trust.domain;

/**
 * A sealed bid that the opened tender cannot decrypt: it was sealed for another tender, or its bytes were
 * damaged or altered after sealing (the AES-GCM tag does not match).
 */
public class UnreadableBid extends RuntimeException {

    public UnreadableBid(Throwable cause) {
        super("The sealed bid was not sealed for this tender, or was damaged or altered", cause);
    }
}
