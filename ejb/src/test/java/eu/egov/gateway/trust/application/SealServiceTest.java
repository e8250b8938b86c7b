package eu.egov.gateway.trust.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eu.egov.gateway.trust.ExternalTool;
import eu.egov.gateway.trust.domain.SubmissionProof;
import eu.egov.gateway.trust.infrastructure.KeyStoreSettings;
import eu.egov.gateway.trust.infrastructure.SealKeyStore;

class SealServiceTest {

    private static final byte[] CANONICAL = "{\"applicant\":\"Jürgen Müller\",\"procedure\":\"residence-certificate\"}"
            .getBytes(StandardCharsets.UTF_8);

    @TempDir
    static Path directory;

    private static SealService sealService;

    @BeforeAll
    static void startWithDevelopmentKeys() throws Exception {
        sealService = new SealService(SealKeyStore.open(KeyStoreSettings.development(directory, null)));
        Files.writeString(directory.resolve("ca.pem"), sealService.caCertificatePem());
        Files.writeString(directory.resolve("tsa.pem"), sealService.timeStampCertificatePem());
        Files.write(directory.resolve("canonical.json"), CANONICAL);
    }

    @Test
    void theSealVerifiesWithOpensslAgainstTheCanonicalForm() throws Exception {
        ExternalTool.require("openssl", "openssl");
        Files.write(directory.resolve("seal.p7s"), sealService.seal(CANONICAL).seal());

        ExternalTool.Result verified = verifySeal("seal.p7s", "canonical.json");

        assertThat(verified.exitCode()).as(verified.output()).isZero();
        assertThat(verified.output()).contains("Verification successful");
    }

    @Test
    void theSealDoesNotVerifyWhenOneByteOfTheContentChanged() throws Exception {
        ExternalTool.require("openssl", "openssl");
        Files.write(directory.resolve("seal-of-original.p7s"), sealService.seal(CANONICAL).seal());
        byte[] tampered = CANONICAL.clone();
        tampered[tampered.length - 2] ^= 1;
        Files.write(directory.resolve("tampered.json"), tampered);

        ExternalTool.Result verified = verifySeal("seal-of-original.p7s", "tampered.json");

        assertThat(verified.exitCode()).as(verified.output()).isNotZero();
        assertThat(verified.output()).contains("content verify error");
    }

    @Test
    void theTimeStampTokenVerifiesWithOpensslAgainstTheCanonicalForm() throws Exception {
        ExternalTool.require("openssl", "openssl");
        SubmissionProof proof = sealService.seal(CANONICAL);
        Files.write(directory.resolve("token.tst"), proof.timeStampToken());

        ExternalTool.Result verified = ExternalTool.run(directory, "openssl", "ts", "-verify", "-data", "canonical.json",
                "-in", "token.tst", "-token_in", "-CAfile", "ca.pem", "-untrusted", "tsa.pem");
        ExternalTool.Result printed = ExternalTool.run(directory, "openssl", "ts", "-reply", "-in", "token.tst", "-token_in", "-text");

        assertThat(verified.exitCode()).as(verified.output()).isZero();
        assertThat(verified.output()).contains("Verification: OK");
        assertThat(printed.output())
                .contains("Policy OID: 0.4.0.2023.1.1")
                .contains("Hash Algorithm: sha256")
                .contains("Accuracy: 0x01 seconds");
    }

    @Test
    void theProofNamesTheDigestAndTheTimeOfItsToken() throws Exception {
        Instant before = Instant.now();
        SubmissionProof proof = sealService.seal(CANONICAL);

        assertThat(proof.sha256Hex())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(CANONICAL)))
                .matches("[0-9a-f]{64}");
        TimeStampToken token = new TimeStampToken(new CMSSignedData(proof.timeStampToken()));
        assertThat(token.getTimeStampInfo().getGenTime().toInstant()).isEqualTo(proof.time());
        assertThat(token.getTimeStampInfo().getMessageImprintDigest()).isEqualTo(HexFormat.of().parseHex(proof.sha256Hex()));
        assertThat(token.getTimeStampInfo().getSerialNumber().bitLength()).isGreaterThan(64);
        assertThat(proof.time()).isBetween(before.minusMillis(1), Instant.now());
    }

    @Test
    void theSealIsADetachedCadesBaselineSignatureWithItsCertificates() throws Exception {
        SubmissionProof proof = sealService.seal(CANONICAL);

        CMSSignedData seal = new CMSSignedData(proof.seal());
        SignerInformation signer = seal.getSignerInfos().getSigners().iterator().next();
        assertThat(seal.isDetachedSignature()).isTrue();
        assertThat(seal.getCertificates().getMatches(null)).hasSize(2);
        assertThat(signer.getSignedAttributes().toHashtable().keySet()).containsExactlyInAnyOrder(
                CMSAttributes.contentType, CMSAttributes.messageDigest, CMSAttributes.signingTime,
                PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        Time signingTime = Time.getInstance(signer.getSignedAttributes().get(CMSAttributes.signingTime).getAttrValues().getObjectAt(0));
        assertThat(signingTime.getDate().toInstant()).isEqualTo(proof.time().truncatedTo(ChronoUnit.SECONDS));
    }

    @Test
    void concurrentSubmissionsAreSealedIndependently() throws Exception {
        ExecutorService submissions = Executors.newFixedThreadPool(4);
        try {
            List<Future<SubmissionProof>> proofs = IntStream.range(0, 40)
                    .mapToObj(i -> submissions.submit(() -> sealService.seal(("{\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8))))
                    .toList();
            for (int i = 0; i < proofs.size(); i++) {
                byte[] content = ("{\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8);
                CMSSignedData seal = new CMSSignedData(new CMSProcessableByteArray(content), proofs.get(i).get().seal());
                SignerInformation signer = seal.getSignerInfos().getSigners().iterator().next();
                assertThat(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(sealCertificate()))).isTrue();
            }
        } finally {
            submissions.shutdownNow();
        }
    }

    @Test
    void publishesTheCertificatesAsPem() throws Exception {
        X509Certificate ca = parse(sealService.caCertificatePem());
        X509Certificate seal = sealCertificate();
        X509Certificate tsa = parse(sealService.timeStampCertificatePem());

        assertThat(sealService.sealCertificatePem()).startsWith("-----BEGIN CERTIFICATE-----\n").endsWith("-----END CERTIFICATE-----\n");
        seal.verify(ca.getPublicKey());
        tsa.verify(ca.getPublicKey());
        assertThat(seal.getSubjectX500Principal().getName()).contains("CN=Gateway seal (DEVELOPMENT)");
        assertThat(tsa.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.8");
    }

    private static ExternalTool.Result verifySeal(String seal, String content) {
        return ExternalTool.run(directory, "openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", seal,
                "-content", content, "-CAfile", "ca.pem", "-purpose", "any", "-out", "/dev/null");
    }

    private static X509Certificate sealCertificate() throws Exception {
        return parse(sealService.sealCertificatePem());
    }

    private static X509Certificate parse(String pem) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
    }
}
