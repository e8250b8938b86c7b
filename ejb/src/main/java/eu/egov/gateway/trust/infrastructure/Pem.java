package eu.egov.gateway.trust.infrastructure;

import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;

/** RFC 7468 text encoding, the form in which certificates are published and handed to verifiers. */
public final class Pem {

    private static final Base64.Encoder LINES_OF_64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));

    private Pem() {
    }

    public static String certificate(X509Certificate certificate) {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + LINES_OF_64.encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("Certificate cannot be encoded: " + certificate.getSubjectX500Principal(), e);
        }
    }
}
