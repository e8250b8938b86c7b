package eu.egov.gateway.trust.infrastructure;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import eu.egov.gateway.trust.domain.Argon2idCost;
import eu.egov.gateway.trust.domain.OpeningCredential;
import eu.egov.gateway.trust.domain.WrongPassphrase;

/**
 * Locks an opening board member's private key under their passphrase: AES-256-GCM with a key derived by
 * Argon2id from the passphrase and a random salt. The public key is authenticated with the ciphertext, so
 * an encrypted private key cannot be paired with someone else's public key unnoticed.
 */
public final class PassphraseLock {

    private static final int SALT_BYTES = 16;
    private static final int NONCE_BYTES = 12;
    private static final int KEY_BYTES = 32;
    private static final int TAG_BITS = 128;

    private PassphraseLock() {
    }

    public static OpeningCredential lock(KeyPair memberKey, char[] passphrase, Argon2idCost cost, SecureRandom random) {
        byte[] salt = new byte[SALT_BYTES];
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(salt);
        random.nextBytes(nonce);
        byte[] publicKey = memberKey.getPublic().getEncoded();
        byte[] pkcs8 = memberKey.getPrivate().getEncoded();
        try {
            byte[] encrypted = cipher(Cipher.ENCRYPT_MODE, passphrase, salt, nonce, cost, publicKey).doFinal(pkcs8);
            return new OpeningCredential(publicKey, encrypted, salt, nonce, cost);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK cannot encrypt with AES-256-GCM", e);
        } finally {
            Arrays.fill(pkcs8, (byte) 0);
        }
    }

    /**
     * The member's key pair.
     *
     * @throws WrongPassphrase naming {@code memberId} if the passphrase does not unlock the credential
     */
    public static KeyPair unlock(OpeningCredential credential, char[] passphrase, String memberId) {
        byte[] pkcs8 = null;
        try {
            pkcs8 = cipher(Cipher.DECRYPT_MODE, passphrase, credential.salt(), credential.nonce(), credential.cost(), credential.publicKey())
                    .doFinal(credential.encryptedPrivateKey());
            return new KeyPair(P256.publicKey(credential.publicKey()), P256.privateKey(pkcs8));
        } catch (AEADBadTagException e) {
            throw new WrongPassphrase(memberId);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The opening credential of board member " + memberId + " is unusable", e);
        } finally {
            if (pkcs8 != null) {
                Arrays.fill(pkcs8, (byte) 0);
            }
        }
    }

    /** AES-256-GCM from the JDK's provider, keyed by Argon2id; the derived key is wiped once the cipher holds it. */
    private static Cipher cipher(int mode, char[] passphrase, byte[] salt, byte[] nonce, Argon2idCost cost, byte[] publicKey)
            throws GeneralSecurityException {
        byte[] key = Argon2id.derive(passphrase, salt, cost, KEY_BYTES);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(publicKey);
            return cipher;
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }
}
