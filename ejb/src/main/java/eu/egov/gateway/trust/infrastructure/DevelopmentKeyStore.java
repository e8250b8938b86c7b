package eu.egov.gateway.trust.infrastructure;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Creates a self-contained PKI for development machines: a CA, a seal certificate and a TSA certificate,
 * all ECDSA P-256, saved as PKCS#12 so that later starts reuse them and earlier seals stay verifiable.
 */
final class DevelopmentKeyStore {

    private static final String ORGANISATION = "E-Government Gateway";
    private static final int VALIDITY_YEARS = 10;
    /** Back-dated so that verifiers whose clocks run slightly behind accept fresh certificates. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final SecureRandom random = new SecureRandom();
    private final Instant notBefore = Instant.now().minus(CLOCK_SKEW);
    private final Instant notAfter = notBefore.atOffset(ZoneOffset.UTC).plusYears(VALIDITY_YEARS).toInstant();

    private DevelopmentKeyStore() {
    }

    static void create(Path file, char[] password) throws GeneralSecurityException, IOException {
        new DevelopmentKeyStore().write(file, password);
    }

    private void write(Path file, char[] password) throws GeneralSecurityException, IOException {
        KeyPair caKeys = newKeyPair();
        X500Name ca = name("Gateway CA (DEVELOPMENT)");
        X509Certificate caCertificate = certificateAuthority(ca, caKeys);

        KeyPair sealKeys = newKeyPair();
        X509v3CertificateBuilder seal = issue(ca, caKeys.getPublic(), "Gateway seal (DEVELOPMENT)", sealKeys.getPublic());
        seal.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));

        KeyPair tsaKeys = newKeyPair();
        X509v3CertificateBuilder tsa = issue(ca, caKeys.getPublic(), "Gateway time-stamping (DEVELOPMENT)", tsaKeys.getPublic());
        tsa.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        // RFC 3161 2.3: the only extended key usage, and critical; openssl ts -verify insists on both
        tsa.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));

        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        keyStore.load(null, null);
        keyStore.setKeyEntry(SealKeyStore.SEAL_ALIAS, sealKeys.getPrivate(), password,
                new Certificate[] {sign(seal, caKeys), caCertificate});
        keyStore.setKeyEntry(SealKeyStore.TSA_ALIAS, tsaKeys.getPrivate(), password,
                new Certificate[] {sign(tsa, caKeys), caCertificate});
        save(keyStore, file, password);
    }

    private X509Certificate certificateAuthority(X500Name name, KeyPair keys) throws GeneralSecurityException, CertIOException {
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serialNumber(),
                Date.from(notBefore), Date.from(notAfter), name, keys.getPublic());
        JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        builder.addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(keys.getPublic()));
        builder.addExtension(Extension.authorityKeyIdentifier, false, extensions.createAuthorityKeyIdentifier(keys.getPublic()));
        return sign(builder, keys);
    }

    private X509v3CertificateBuilder issue(X500Name issuer, PublicKey issuerKey, String commonName, PublicKey subjectKey)
            throws GeneralSecurityException, CertIOException {
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, serialNumber(),
                Date.from(notBefore), Date.from(notAfter), name(commonName), subjectKey);
        JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
        builder.addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(subjectKey));
        builder.addExtension(Extension.authorityKeyIdentifier, false, extensions.createAuthorityKeyIdentifier(issuerKey));
        return builder;
    }

    private X509Certificate sign(X509v3CertificateBuilder builder, KeyPair issuerKeys) throws GeneralSecurityException {
        try {
            return new JcaX509CertificateConverter().getCertificate(builder.build(
                    new JcaContentSignerBuilder("SHA256withECDSA").setProvider(BouncyCastle.PROVIDER).build(issuerKeys.getPrivate())));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }

    /** Most significant first in the encoding, so that RFC 4514 strings read "CN=..., O=...". */
    private static X500Name name(String commonName) {
        return new X500NameBuilder().addRDN(BCStyle.O, ORGANISATION).addRDN(BCStyle.CN, commonName).build();
    }

    private KeyPair newKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BouncyCastle.PROVIDER);
        generator.initialize(new ECGenParameterSpec("secp256r1"), random);
        return generator.generateKeyPair();
    }

    /** Positive and 127 bits: unpredictable, yet within RFC 5280's 20 octets. */
    private BigInteger serialNumber() {
        return new BigInteger(127, random);
    }

    /** Written beside the target and moved into place, so that a crash never leaves half a key store behind. */
    private static void save(KeyStore keyStore, Path file, char[] password) throws GeneralSecurityException, IOException {
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path partial = Files.createTempFile(directory, "development-keystore", ".partial");
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                keyStore.store(out, password);
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
