package eu.egov.gateway.trust.infrastructure;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.bouncycastle.crypto.threshold.ShamirSecretSplitter;
import org.bouncycastle.crypto.threshold.ShamirSplitSecret;
import org.bouncycastle.crypto.threshold.ShamirSplitSecretShare;

import eu.egov.gateway.trust.domain.TenderKeys;

/**
 * Splits a tender's private key among its opening board with Shamir's secret sharing over GF(2^8)
 * (Bouncy Castle's, byte by byte over the PKCS#8 encoding), each share encrypted to one member's opening
 * credential; and puts it back together from the shares of enough members. The clear shares and key
 * encodings these methods hold are wiped before they return; Bouncy Castle's share objects keep copies
 * of their own, which only the garbage collector reclaims.
 */
public final class TenderKeySharing {

    /** Bouncy Castle numbers shares with one byte, from 1. */
    private static final int MAX_BOARD = 255;

    private TenderKeySharing() {
    }

    /**
     * @param board     each member's opening credential public key, by member id
     * @param threshold how many members it takes to put the key back together
     */
    public static TenderKeys share(KeyPair tender, Map<String, PublicKey> board, int threshold, SecureRandom random) {
        if (threshold < 1 || threshold > board.size() || board.size() > MAX_BOARD) {
            throw new IllegalArgumentException("A threshold of " + threshold + " for an opening board of " + board.size());
        }
        byte[] pkcs8 = tender.getPrivate().getEncoded();
        try {
            ShamirSplitSecretShare[] shares = ShamirSecretSplitter.getInstance(ShamirSecretSplitter.Algorithm.AES, pkcs8.length, random)
                    .resplit(pkcs8, threshold, board.size())
                    .getSecretShares();
            Map<String, byte[]> encryptedShares = new LinkedHashMap<>();
            int index = 0;
            for (Map.Entry<String, PublicKey> member : board.entrySet()) {
                // the splitter numbers its shares 1 to n in the order it returns them
                encryptedShares.put(member.getKey(), encrypt(index + 1, shares[index], member.getValue(), random));
                index++;
            }
            return new TenderKeys(tender.getPublic().getEncoded(), encryptedShares, threshold);
        } finally {
            Arrays.fill(pkcs8, (byte) 0);
        }
    }

    /**
     * @param members the opening key pairs of the members present, by member id: at least the threshold
     * @throws IllegalStateException if their shares do not make up the tender's private key (altered or mixed up)
     */
    public static PrivateKey recombine(TenderKeys keys, Map<String, KeyPair> members) {
        ShamirSplitSecretShare[] shares = new ShamirSplitSecretShare[members.size()];
        int index = 0;
        for (Map.Entry<String, KeyPair> member : members.entrySet()) {
            byte[] encryptedShare = keys.encryptedShares().get(member.getKey());
            if (encryptedShare == null) {
                throw new IllegalArgumentException(member.getKey() + " is not on the tender's opening board");
            }
            shares[index++] = decrypt(member.getKey(), encryptedShare, member.getValue());
        }
        byte[] pkcs8 = null;
        PrivateKey privateKey;
        try {
            pkcs8 = ShamirSplitSecret.getInstance(ShamirSecretSplitter.Algorithm.AES, shares).getSecret();
            privateKey = P256.privateKey(pkcs8);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw notTheTenderKey(members, e);
        } finally {
            if (pkcs8 != null) {
                Arrays.fill(pkcs8, (byte) 0);
            }
        }
        if (!P256.pair(privateKey, P256.publicKey(keys.publicKey()))) {
            throw notTheTenderKey(members, null);
        }
        return privateKey;
    }

    /** The share's number (one byte) and the share: the number is no secret, but must not be altered either. */
    private static byte[] encrypt(int number, ShamirSplitSecretShare share, PublicKey member, SecureRandom random) {
        byte[] encoded = null;
        byte[] clear = null;
        try {
            encoded = share.getEncoded();
            clear = new byte[1 + encoded.length];
            clear[0] = (byte) number;
            System.arraycopy(encoded, 0, clear, 1, encoded.length);
            ByteArrayOutputStream sealed = new ByteArrayOutputStream();
            EcdhEnvelope.seal(new ByteArrayInputStream(clear), sealed, member, random);
            return sealed.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot encrypt a key share in memory", e);
        } finally {
            zero(encoded);
            zero(clear);
        }
    }

    private static ShamirSplitSecretShare decrypt(String memberId, byte[] encryptedShare, KeyPair member) {
        ClearShare clear = new ClearShare();
        try {
            EcdhEnvelope.open(new ByteArrayInputStream(encryptedShare), clear, member);
            return clear.share();
        } catch (IOException | EcdhEnvelope.Unreadable e) {
            throw new IllegalStateException("The key share of board member " + memberId + " is damaged", e);
        } finally {
            clear.wipe();
        }
    }

    private static IllegalStateException notTheTenderKey(Map<String, KeyPair> members, Exception cause) {
        return new IllegalStateException("The shares of " + members.keySet() + " do not make up the tender's key", cause);
    }

    private static void zero(byte[] bytes) {
        if (bytes != null) {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** A decrypted share, collected where it can be wiped: sized so that it never grows and leaves copies behind. */
    private static final class ClearShare extends ByteArrayOutputStream {

        ClearShare() {
            super(512);
        }

        ShamirSplitSecretShare share() {
            if (count < 2) {
                throw new IllegalStateException("An empty key share");
            }
            byte[] share = Arrays.copyOfRange(buf, 1, count);
            try {
                return new ShamirSplitSecretShare(share, buf[0] & 0xff);
            } finally {
                zero(share);
            }
        }

        void wipe() {
            Arrays.fill(buf, (byte) 0);
        }
    }
}
