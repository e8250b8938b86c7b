package eu.egov.gateway.trust.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.logging.Logger;

import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.tsp.TSPUtil;
import org.bouncycastle.tsp.TSPValidationException;

/**
 * Opens the gateway's PKCS#12 key store, generating the development one on first use.
 */
public final class SealKeyStore {

    static final String SEAL_ALIAS = "seal";
    static final String TSA_ALIAS = "tsa";

    private static final Logger LOG = Logger.getLogger(SealKeyStore.class.getName());

    private SealKeyStore() {
    }

    public static TrustMaterial open(KeyStoreSettings settings) {
        try {
            if (settings.development()) {
                if (Files.notExists(settings.path())) {
                    DevelopmentKeyStore.create(settings.path(), settings.password());
                    LOG.info(() -> "Generated development keys in " + settings.path());
                }
                warnAboutDevelopmentKeys(settings);
            }
            KeyStore keyStore = read(settings);
            TrustMaterial material = new TrustMaterial(
                    signingKey(keyStore, SEAL_ALIAS, settings), signingKey(keyStore, TSA_ALIAS, settings));
            requireTimeStampingCertificate(material.timeStamping().certificate(), settings);
            return material;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Cannot open the " + settings + ": " + e.getMessage(), e);
        }
    }

    private static KeyStore read(KeyStoreSettings settings) throws GeneralSecurityException, IOException {
        if (!Files.isReadable(settings.path())) {
            throw new IllegalStateException("The " + settings + " does not exist or is not readable");
        }
        char[] password = settings.password();
        try (InputStream in = Files.newInputStream(settings.path())) {
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(in, password);
            return keyStore;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static SigningKey signingKey(KeyStore keyStore, String alias, KeyStoreSettings settings)
            throws GeneralSecurityException {
        char[] password = settings.password();
        try {
            Key key = keyStore.getKey(alias, password);
            Certificate[] chain = keyStore.getCertificateChain(alias);
            if (!(key instanceof PrivateKey privateKey) || chain == null) {
                throw new IllegalStateException("The " + settings + " has no private-key entry '" + alias + "' with a certificate chain");
            }
            return SigningKey.forBouncyCastle(privateKey, Arrays.stream(chain).map(X509Certificate.class::cast).toList());
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static void requireTimeStampingCertificate(X509Certificate certificate, KeyStoreSettings settings)
            throws GeneralSecurityException {
        try {
            TSPUtil.validateCertificate(new JcaX509CertificateHolder(certificate));
        } catch (TSPValidationException e) {
            throw new IllegalStateException("The '" + TSA_ALIAS + "' certificate in the " + settings
                    + " cannot sign time-stamps (RFC 3161 requires a sole, critical timeStamping extended key usage): "
                    + e.getMessage(), e);
        }
    }

    private static void warnAboutDevelopmentKeys(KeyStoreSettings settings) {
        LOG.warning(() -> String.join("\n",
                "",
                "************************************************************************",
                "*** DEVELOPMENT KEYS IN USE: seals and time-stamps are made with the",
                "*** self-generated keys in " + settings.path(),
                "*** They prove nothing to anybody else. NEVER USE THEM IN PRODUCTION:",
                "*** set gateway.keystore.path (GATEWAY_KEYSTORE) to the real key store.",
                "************************************************************************"));
    }
}
