package eu.egov.gateway.trust.infrastructure;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.List;

/**
 * A private key with its certificate chain (own certificate first, CA last).
 */
public record SigningKey(PrivateKey privateKey, List<X509Certificate> chain) {

    public SigningKey {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("A signing key needs its certificate chain");
        }
        chain = List.copyOf(chain);
    }

    /**
     * Re-creates the key inside Bouncy Castle's provider: a key read by the JDK's PKCS#12 store would
     * otherwise be converted again on every signature.
     */
    static SigningKey forBouncyCastle(PrivateKey privateKey, List<X509Certificate> chain) throws GeneralSecurityException {
        KeyFactory keyFactory = KeyFactory.getInstance(privateKey.getAlgorithm(), BouncyCastle.PROVIDER);
        return new SigningKey(keyFactory.generatePrivate(new PKCS8EncodedKeySpec(privateKey.getEncoded())), chain);
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    public X509Certificate certificateAuthority() {
        return chain.get(chain.size() - 1);
    }

    String signatureAlgorithm() {
        return switch (privateKey.getAlgorithm()) {
            case "EC", "ECDSA" -> "SHA256withECDSA";
            case "RSA" -> "SHA256withRSA";
            default -> throw new IllegalStateException("Unsupported seal key algorithm " + privateKey.getAlgorithm());
        };
    }
}
