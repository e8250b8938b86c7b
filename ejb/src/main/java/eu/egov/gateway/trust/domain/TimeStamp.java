package eu.egov.gateway.trust.domain;

import java.time.Instant;

/**
 * An RFC 3161 time-stamp token together with the time it attests.
 *
 * @param token DER encoding of the TimeStampToken
 * @param time  its genTime
 */
public record TimeStamp(byte[] token, Instant time) {
}
