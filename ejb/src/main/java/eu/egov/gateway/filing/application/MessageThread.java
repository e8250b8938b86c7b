package eu.egov.gateway.filing.application;

import eu.egov.gateway.filing.domain.Side;

/**
 * A filing's messages as one side reads and writes them: the firm names its filing by id, the authority
 * its case by reference.
 */
public record MessageThread(Side side, String filing) {

    public static MessageThread ofFiling(String filingId) {
        return new MessageThread(Side.FIRM, filingId);
    }

    public static MessageThread ofCase(String reference) {
        return new MessageThread(Side.AUTHORITY, reference);
    }
}
