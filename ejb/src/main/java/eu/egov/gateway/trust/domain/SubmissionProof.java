package eu.egov.gateway.trust.domain;

import java.time.Instant;

/**
 * What the gateway's seal proves about a submission's canonical form.
 *
 * @param sha256Hex      lower-case hex SHA-256 of the canonical bytes
 * @param seal           DER CMS SignedData (CAdES-B), detached from the canonical bytes
 * @param timeStampToken DER RFC 3161 TimeStampToken whose message imprint is the SHA-256 of the canonical bytes
 * @param time           the token's genTime: the gateway's trusted time for the submission
 */
public record SubmissionProof(String sha256Hex, byte[] seal, byte[] timeStampToken, Instant time) {
}
