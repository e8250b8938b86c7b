package eu.egov.gateway.trust.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eu.egov.gateway.trust.ExternalTool;

class SealKeyStoreTest {

    private static final String BASIC_CONSTRAINTS = "2.5.29.19";
    private static final String KEY_USAGE = "2.5.29.15";
    private static final String EXTENDED_KEY_USAGE = "2.5.29.37";
    private static final String TIME_STAMPING = "1.3.6.1.5.5.7.3.8";
    private static final String SUBJECT_KEY_IDENTIFIER = "2.5.29.14";
    private static final String AUTHORITY_KEY_IDENTIFIER = "2.5.29.35";

    @TempDir
    static Path dataDirectory;

    private static TrustMaterial material;

    @BeforeAll
    static void generateDevelopmentKeys() {
        material = SealKeyStore.open(KeyStoreSettings.development(dataDirectory, ""));
    }

    @Test
    void savesTheDevelopmentKeyStoreBelowTheDataDirectoryWithTheDevelopmentPassword() throws Exception {
        Path file = dataDirectory.resolve("trust/development-keystore.p12");
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            keyStore.load(in, "development".toCharArray());
        }
        assertThat(keyStore.isKeyEntry("seal")).isTrue();
        assertThat(keyStore.isKeyEntry("tsa")).isTrue();
    }

    @Test
    void laterStartsLoadTheSameCertificates() throws Exception {
        TrustMaterial reloaded = SealKeyStore.open(KeyStoreSettings.development(dataDirectory, null));

        assertThat(encoded(reloaded.seal().chain())).containsExactlyElementsOf(encoded(material.seal().chain()));
        assertThat(encoded(reloaded.timeStamping().chain())).containsExactlyElementsOf(encoded(material.timeStamping().chain()));
        assertThat(reloaded.seal().privateKey().getEncoded()).isEqualTo(material.seal().privateKey().getEncoded());
    }

    @Test
    void theCertificateAuthorityIsASelfSignedCaCertificate() throws Exception {
        X509Certificate ca = material.certificateAuthority();

        ca.verify(ca.getPublicKey());
        assertThat(ca.getBasicConstraints()).isNotNegative();
        assertThat(ca.getCriticalExtensionOIDs()).contains(BASIC_CONSTRAINTS, KEY_USAGE);
        assertThat(usages(ca)).containsExactly("keyCertSign", "cRLSign");
        assertThat(ca.getNonCriticalExtensionOIDs()).contains(SUBJECT_KEY_IDENTIFIER, AUTHORITY_KEY_IDENTIFIER);
        assertTenYearsOfEcdsaP256(ca);
        assertThat(material.timeStamping().certificateAuthority()).isEqualTo(ca);
    }

    @Test
    void theSealCertificateIsForNonRepudiationWithoutExtendedKeyUsage() throws Exception {
        X509Certificate seal = material.seal().certificate();

        seal.verify(material.certificateAuthority().getPublicKey());
        assertThat(seal.getSubjectX500Principal().getName()).isEqualTo("CN=Gateway seal (DEVELOPMENT),O=E-Government Gateway");
        assertThat(seal.getCriticalExtensionOIDs()).containsExactly(KEY_USAGE);
        assertThat(usages(seal)).containsExactly("digitalSignature", "nonRepudiation");
        assertThat(seal.getExtendedKeyUsage()).isNull();
        assertThat(seal.getNonCriticalExtensionOIDs()).contains(SUBJECT_KEY_IDENTIFIER, AUTHORITY_KEY_IDENTIFIER);
        assertTenYearsOfEcdsaP256(seal);
    }

    @Test
    void theTimeStampingCertificateHasTheCriticalTimeStampingPurposeOnly() throws Exception {
        X509Certificate tsa = material.timeStamping().certificate();

        tsa.verify(material.certificateAuthority().getPublicKey());
        assertThat(tsa.getCriticalExtensionOIDs()).containsExactlyInAnyOrder(KEY_USAGE, EXTENDED_KEY_USAGE);
        assertThat(usages(tsa)).containsExactly("digitalSignature");
        assertThat(tsa.getExtendedKeyUsage()).containsExactly(TIME_STAMPING);
        assertTenYearsOfEcdsaP256(tsa);
    }

    @Test
    void serialNumbersAreRandom() {
        assertThat(List.of(material.certificateAuthority().getSerialNumber(), material.seal().certificate().getSerialNumber(),
                material.timeStamping().certificate().getSerialNumber()))
                .doesNotHaveDuplicates()
                .allSatisfy(serial -> assertThat(serial.bitLength()).isGreaterThan(64));
    }

    @Test
    void aConfiguredKeyStoreThatDoesNotExistFailsClearly(@TempDir Path directory) {
        Path missing = directory.resolve("production.p12");

        assertThatThrownBy(() -> SealKeyStore.open(KeyStoreSettings.configured(missing, "secret")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("does not exist");
        assertThat(missing).doesNotExist();
    }

    @Test
    void aWrongPasswordFailsClearly() {
        Path file = dataDirectory.resolve("trust/development-keystore.p12");

        assertThatThrownBy(() -> SealKeyStore.open(KeyStoreSettings.configured(file, "wrong")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(file.toString());
    }

    /** The production path, with a key store made the way operations would: openssl and keytool, RSA and EC keys. */
    @Test
    void opensAKeyStoreMadeByOpensslAndKeytool(@TempDir Path directory) throws Exception {
        ExternalTool.require("openssl", "openssl");
        ExternalTool.require("keytool", "openjdk-17-jdk-headless");
        Files.writeString(directory.resolve("tsa.ext"), "keyUsage=critical,digitalSignature\nextendedKeyUsage=critical,timeStamping\n");
        Files.writeString(directory.resolve("seal.ext"), "keyUsage=critical,digitalSignature,nonRepudiation\n");
        openssl(directory, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                "-keyout", "ca.key", "-out", "ca.pem", "-subj", "/CN=Operations CA", "-days", "30");
        issue(directory, "seal", "rsa:2048");
        issue(directory, "tsa", "ec");
        for (String alias : List.of("seal", "tsa")) {
            openssl(directory, "pkcs12", "-export", "-name", alias, "-inkey", alias + ".key", "-in", alias + ".pem",
                    "-certfile", "ca.pem", "-out", alias + ".p12", "-passout", "pass:secret");
        }
        ExternalTool.Result merged = ExternalTool.run(directory, "keytool", "-importkeystore", "-noprompt",
                "-srckeystore", "tsa.p12", "-srcstoretype", "PKCS12", "-srcstorepass", "secret",
                "-destkeystore", "seal.p12", "-deststoretype", "PKCS12", "-deststorepass", "secret");
        assertThat(merged.exitCode()).as(merged.output()).isZero();

        TrustMaterial production = SealKeyStore.open(KeyStoreSettings.configured(directory.resolve("seal.p12"), "secret"));

        assertThat(production.seal().certificate().getSubjectX500Principal().getName()).isEqualTo("CN=seal");
        assertThat(production.seal().chain()).hasSize(2);
        assertThat(production.certificateAuthority().getSubjectX500Principal().getName()).isEqualTo("CN=Operations CA");
        assertThat(production.seal().signatureAlgorithm()).isEqualTo("SHA256withRSA");
        assertThat(production.timeStamping().signatureAlgorithm()).isEqualTo("SHA256withECDSA");
    }

    private static void issue(Path directory, String name, String key) {
        openssl(directory, "req", "-newkey", key, "-pkeyopt", key.startsWith("ec") ? "ec_paramgen_curve:P-256" : "rsa_keygen_bits:2048",
                "-nodes", "-keyout", name + ".key", "-out", name + ".csr", "-subj", "/CN=" + name);
        openssl(directory, "x509", "-req", "-in", name + ".csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
                "-days", "30", "-extfile", name + ".ext", "-out", name + ".pem");
    }

    private static void openssl(Path directory, String... arguments) {
        String[] command = new String[arguments.length + 1];
        command[0] = "openssl";
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        ExternalTool.Result result = ExternalTool.run(directory, command);
        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    private static void assertTenYearsOfEcdsaP256(X509Certificate certificate) {
        assertThat(certificate.getPublicKey().getAlgorithm()).isEqualTo("EC");
        assertThat(certificate.getPublicKey().toString()).containsIgnoringCase("secp256r1");
        Duration validity = Duration.between(certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant());
        assertThat(validity.toDays()).isBetween(3650L, 3654L);
    }

    private static List<String> usages(X509Certificate certificate) {
        String[] names = {"digitalSignature", "nonRepudiation", "keyEncipherment", "dataEncipherment", "keyAgreement",
                "keyCertSign", "cRLSign", "encipherOnly", "decipherOnly"};
        boolean[] usage = certificate.getKeyUsage();
        return java.util.stream.IntStream.range(0, usage.length).filter(i -> usage[i]).mapToObj(i -> names[i]).toList();
    }

    private static List<byte[]> encoded(List<X509Certificate> certificates) {
        return certificates.stream().map(certificate -> {
            try {
                return certificate.getEncoded();
            } catch (CertificateEncodingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
