package eu.egov.gateway.trust.infrastructure;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;

import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.jce.interfaces.ECPrivateKey;
import org.bouncycastle.jce.interfaces.ECPublicKey;

import eu.egov.gateway.shared.domain.Sha256;

/**
 * EC P-256 keys for sealed bids: opening credentials and tender keys. All are Bouncy Castle key objects,
 * which its ECDH takes without conversion.
 */
public final class P256 {

    private static final int KEY_ID_BYTES = 20;

    private P256() {
    }

    public static KeyPair generate(SecureRandom random) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BouncyCastle.PROVIDER);
            generator.initialize(new ECGenParameterSpec("secp256r1"), random);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Bouncy Castle cannot generate P-256 keys", e);
        }
    }

    /**
     * @throws IllegalArgumentException if {@code x509} is not an EC public key
     */
    public static PublicKey publicKey(byte[] x509) {
        try {
            return KeyFactory.getInstance("EC", BouncyCastle.PROVIDER).generatePublic(new X509EncodedKeySpec(x509));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not an EC public key", e);
        }
    }

    /**
     * @throws GeneralSecurityException if {@code pkcs8} is not an EC private key
     */
    static PrivateKey privateKey(byte[] pkcs8) throws GeneralSecurityException {
        return KeyFactory.getInstance("EC", BouncyCastle.PROVIDER).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    }

    /**
     * The key identifier recipients are named by in CMS: RFC 7093 method 1, the leftmost 160 bits of the
     * SHA-256 of the subjectPublicKey bits.
     */
    static byte[] keyId(PublicKey key) {
        byte[] point = SubjectPublicKeyInfo.getInstance(key.getEncoded()).getPublicKeyData().getBytes();
        return Arrays.copyOf(Sha256.of(point), KEY_ID_BYTES);
    }

    /** Whether the private key is the one of this public key: its scalar times the generator is the public point. */
    static boolean pair(PrivateKey privateKey, PublicKey publicKey) {
        ECPrivateKey d = (ECPrivateKey) privateKey;
        return d.getParameters().getG().multiply(d.getD()).equals(((ECPublicKey) publicKey).getQ());
    }
}
