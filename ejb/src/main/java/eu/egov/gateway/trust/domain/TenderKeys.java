package eu.egov.gateway.trust.domain;

import java.util.Map;

/**
 * A tender's bid encryption key as the gateway keeps it from publication on: the public key bids are
 * sealed to, and the private key only as Shamir shares, each encrypted to one opening board member's
 * credential. Any {@code threshold} members together can open the bids; fewer learn nothing.
 *
 * @param publicKey       X.509 SubjectPublicKeyInfo (DER) of the tender's EC P-256 key
 * @param encryptedShares per board member id: a DER CMS AuthEnvelopedData (ECDH P-256, AES-256-GCM) to the
 *                        member's opening credential, holding the share's index (one byte) and the share
 * @param threshold       how many members it takes to open the bids
 */
public record TenderKeys(byte[] publicKey, Map<String, byte[]> encryptedShares, int threshold) {

    public TenderKeys {
        encryptedShares = Map.copyOf(encryptedShares);
        if (threshold < 1 || threshold > encryptedShares.size()) {
            throw new IllegalArgumentException("A threshold of " + threshold + " for an opening board of " + encryptedShares.size());
        }
    }
}
