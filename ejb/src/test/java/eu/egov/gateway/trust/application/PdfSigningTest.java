package eu.egov.gateway.trust.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eu.egov.gateway.trust.ExternalTool;
import eu.egov.gateway.trust.infrastructure.KeyStoreSettings;
import eu.egov.gateway.trust.infrastructure.SealKeyStore;

class PdfSigningTest {

    @TempDir
    static Path directory;

    private static SealService sealService;
    private static byte[] original;
    private static byte[] signed;

    @BeforeAll
    static void signACertificate() throws Exception {
        sealService = new SealService(SealKeyStore.open(KeyStoreSettings.development(directory, null)));
        Files.writeString(directory.resolve("ca.pem"), sealService.caCertificatePem());
        Files.writeString(directory.resolve("tsa.pem"), sealService.timeStampCertificatePem());
        original = residenceCertificate();
        signed = sealService.signPdf(original, "Issued by the E-Government Gateway");
        Files.write(directory.resolve("signed.pdf"), signed);
    }

    @Test
    void popplerFindsTheSignatureValid() {
        ExternalTool.require("pdfsig", "poppler-utils");

        ExternalTool.Result checked = ExternalTool.run(directory, "pdfsig", "signed.pdf");

        assertThat(checked.output())
                .contains("Signature Type: ETSI.CAdES.detached")
                .contains("Signer full Distinguished Name: CN=Gateway seal (DEVELOPMENT),O=E-Government Gateway")
                .contains("Signature Validation: Signature is Valid.")
                .contains("Total document signed");
    }

    @Test
    void theSignatureIsAnInvisibleIncrementalUpdateWithReasonAndTime() throws Exception {
        assertThat(Arrays.copyOf(signed, original.length)).isEqualTo(original);
        try (PDDocument document = Loader.loadPDF(signed)) {
            PDSignature signature = document.getLastSignatureDictionary();
            assertThat(signature.getFilter()).isEqualTo("Adobe.PPKLite");
            assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            assertThat(signature.getReason()).isEqualTo("Issued by the E-Government Gateway");
            assertThat(signature.getSignDate()).isNotNull();
            assertThat(document.getSignatureFields()).singleElement()
                    .satisfies(field -> assertThat(field.getWidgets().get(0).getRectangle().getWidth()).isZero());
        }
    }

    /** PAdES baseline forbids the signingTime attribute and B-T adds a time-stamp over the signature value. */
    @Test
    void theSignatureCarriesATimeStampOverItsValueButNoSigningTime() throws Exception {
        ExternalTool.require("openssl", "openssl");
        SignerInformation signer = cms().getSignerInfos().getSigners().iterator().next();
        assertThat(signer.getSignedAttributes().toHashtable().keySet()).containsExactlyInAnyOrder(
                CMSAttributes.contentType, CMSAttributes.messageDigest, PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        byte[] token = signer.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken)
                .getAttrValues().getObjectAt(0).toASN1Primitive().getEncoded("DER");
        Files.write(directory.resolve("signature-time-stamp.tst"), token);
        String signatureDigest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(signer.getSignature()));

        ExternalTool.Result verified = ExternalTool.run(directory, "openssl", "ts", "-verify", "-digest", signatureDigest,
                "-in", "signature-time-stamp.tst", "-token_in", "-CAfile", "ca.pem", "-untrusted", "tsa.pem");

        assertThat(verified.exitCode()).as(verified.output()).isZero();
        assertThat(verified.output()).contains("Verification: OK");
    }

    @Test
    void refusesWhatIsNotAPdf() {
        assertThatThrownBy(() -> sealService.signPdf("not a PDF".getBytes(StandardCharsets.US_ASCII), "reason"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static CMSSignedData cms() throws Exception {
        try (PDDocument document = Loader.loadPDF(signed)) {
            // the contents are zero-padded to the reserved size, so only the first DER object counts
            return new CMSSignedData(new ByteArrayInputStream(document.getLastSignatureDictionary().getContents(signed)));
        }
    }

    private static byte[] residenceCertificate() throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 720);
                for (String line : List.of("Residence certificate", "Issued to: Jane Doe")) {
                    text.showText(line);
                    text.newLineAtOffset(0, -16);
                }
                text.endText();
            }
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            document.save(pdf);
            return pdf.toByteArray();
        }
    }
}
