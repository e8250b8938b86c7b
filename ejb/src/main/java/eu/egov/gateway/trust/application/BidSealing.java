package eu.egov.gateway.trust.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import eu.egov.gateway.trust.domain.NotEnoughShares;
import eu.egov.gateway.trust.domain.OpeningCredential;
import eu.egov.gateway.trust.domain.TenderKeys;
import eu.egov.gateway.trust.domain.WrongPassphrase;
import eu.egov.gateway.trust.infrastructure.EcdhEnvelope;
import eu.egov.gateway.trust.infrastructure.P256;
import eu.egov.gateway.trust.infrastructure.PassphraseLock;
import eu.egov.gateway.trust.infrastructure.TenderKeySharing;

/**
 * Sealed bids (DESIGN.md §4): a key pair per tender whose private key exists only as Shamir shares of its
 * opening board until enough members open the tender together; bids sealed to its public key as CMS
 * AuthEnvelopedData with AES-256-GCM, which nobody can read before then. Thread-safe.
 */
@ApplicationScoped
public class BidSealing {

    private final SecureRandom random = new SecureRandom();

    /**
     * A fresh key pair for a tender being published, its private key split among the board so that any
     * {@code threshold} members can open the bids. The private key is not kept, and the arrays that held
     * its encoding and the clear shares are wiped before this returns.
     *
     * @param board the opening credential of each board member, by member id (at most 255 members)
     */
    public TenderKeys createTenderKeys(Map<String, OpeningCredential> board, int threshold) {
        Map<String, PublicKey> memberKeys = new LinkedHashMap<>();
        board.forEach((memberId, credential) -> memberKeys.put(memberId, P256.publicKey(credential.publicKey())));
        return TenderKeySharing.share(P256.generate(random), memberKeys, threshold, random);
    }

    /**
     * Seals a bid, streaming, in constant memory: reads {@code clear} to its end and writes a BER-encoded CMS
     * AuthEnvelopedData to {@code sealed}, which stays open. If this throws, what was written is no bid.
     *
     * @param tenderPublicKey {@link TenderKeys#publicKey()}
     * @throws IOException if reading {@code clear} or writing {@code sealed} fails
     */
    public void seal(InputStream clear, OutputStream sealed, byte[] tenderPublicKey) throws IOException {
        EcdhEnvelope.seal(clear, sealed, P256.publicKey(tenderPublicKey), random);
    }

    /**
     * Opens a tender with the passphrases of the board members present: unlocks their credentials, decrypts
     * their shares and puts the tender's private key back together. Close the result when the bids are open.
     *
     * @param board       the opening credentials of the tender's board, by member id
     * @param passphrases the passphrases of the members present, by member id; the caller wipes them afterwards
     * @throws NotEnoughShares          if fewer members are present than the threshold
     * @throws WrongPassphrase          naming the first member, by id, whose passphrase is wrong
     * @throws IllegalArgumentException if a passphrase is given for someone not on the board
     */
    public OpenedTender open(TenderKeys keys, Map<String, OpeningCredential> board, Map<String, char[]> passphrases) {
        for (String memberId : passphrases.keySet()) {
            if (!board.containsKey(memberId) || !keys.encryptedShares().containsKey(memberId)) {
                throw new IllegalArgumentException(memberId + " is not on the tender's opening board");
            }
        }
        if (passphrases.size() < keys.threshold()) {
            throw new NotEnoughShares(keys.threshold(), passphrases.size());
        }
        // in member order, so that the same wrong passphrase is reported whatever order the caller's map has
        Map<String, KeyPair> present = new TreeMap<>();
        new TreeMap<>(passphrases).forEach((memberId, passphrase) ->
                present.put(memberId, PassphraseLock.unlock(board.get(memberId), passphrase, memberId)));
        PublicKey tenderKey = P256.publicKey(keys.publicKey());
        return new OpenedTender(new KeyPair(tenderKey, TenderKeySharing.recombine(keys, present)));
    }
}
