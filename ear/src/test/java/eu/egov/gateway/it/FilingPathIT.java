package eu.egov.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The filing path of issue 2, step by step over HTTP against the deployed EAR: a firm files a form
 * and gets a sealed receipt that independent tools accept; a clerk decides the case; the firm sees
 * the decision.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FilingPathIT {

    private final GatewayClient applicant = GatewayClient.signedIn("amelie");
    private final GatewayClient clerk = GatewayClient.signedIn("claire");

    @TempDir
    Path work;

    private String filingId;
    private String location;
    private String reference;
    private String verificationCode;
    private byte[] attachment;

    @Test
    @Order(1)
    void theApplicantSeesTheFormCatalogueInHerLanguage() {
        GatewayClient.Reply forms = applicant.get("/api/forms");

        assertThat(forms.status()).isEqualTo(200);
        assertThat(forms.text()).contains(Samples.FORM).contains("Modification de l'activité de l'entreprise");

        JsonObject definition = applicant.get("/api/forms/" + Samples.FORM).json();
        assertThat(definition.getJsonObject("schema").getJsonArray("required")).isNotEmpty();
        JsonObject firstLabel = definition.getJsonObject("ui").getJsonArray("fields").getJsonObject(0).getJsonObject("label");
        assertThat(firstLabel.keySet()).contains("en", "fr", "de");
    }

    @Test
    @Order(2)
    void sheCreatesSavesAndCompletesADraft() {
        GatewayClient.Reply created = applicant.post("/api/filings", Json.createObjectBuilder()
                .add("form", Samples.FORM)
                .add("data", Json.createObjectBuilder().add("effectiveDate", "2027-01-15"))
                .build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        filingId = created.json().getString("id");
        location = created.header("Location");
        assertThat(location).endsWith("/api/filings/" + filingId);
        assertThat(created.json().getString("status")).isEqualTo("DRAFT");

        GatewayClient.Reply saved = applicant.put("/api/filings/" + filingId + "/data",
                Json.createObjectBuilder().add("data", Samples.validData()).build(), "If-Match", created.header("ETag"));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json().getJsonObject("data").getString("newActivityCode")).isEqualTo("56.10");

        attachment = Samples.pdf("Statuts modifies de l'Atelier Dupont");
        GatewayClient.Reply attached = applicant.postRaw("/api/filings/" + filingId + "/attachments/statutes",
                "application/pdf", attachment, "Content-Disposition", "attachment; filename=\"statuts.pdf\"");
        assertThat(attached.status()).as(attached.toString()).isEqualTo(201);
        JsonObject stored = attached.json().getJsonArray("attachments").getJsonObject(0);
        assertThat(stored.getString("fileName")).isEqualTo("statuts.pdf");
        assertThat(stored.getString("sha256")).isEqualTo(sha256(attachment));
    }

    @Test
    @Order(3)
    void submissionAnswers201WithTheSealedSubmissionAndItsReceipt() {
        GatewayClient.Reply submitted = applicant.post("/api/filings/" + filingId + "/submission");

        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        assertThat(submitted.header("Location")).isEqualTo(location);
        assertThat(submitted.header("Link")).contains("/api/filings/" + filingId + "/receipt").contains("rel=\"receipt\"");
        JsonObject filing = submitted.json();
        assertThat(filing.getString("status")).isEqualTo("SUBMITTED");
        JsonObject submission = filing.getJsonObject("submission");
        reference = submission.getString("reference");
        verificationCode = submission.getString("verificationCode");
        assertThat(reference).matches("FIL-\\d{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(verificationCode).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}");

        byte[] canonical = applicant.get("/api/filings/" + filingId + "/canonical-form").body();
        assertThat(submission.getString("sha256")).isEqualTo(sha256(canonical));
        assertThat(new String(canonical, StandardCharsets.UTF_8))
                .contains(reference).contains(sha256(attachment)).contains("\"newActivityCode\":\"56.10\"");
    }

    @Test
    @Order(4)
    void opensslAcceptsTheSealAndTheTimeStamp() throws IOException {
        Path canonical = write("canonical.json", applicant.get("/api/filings/" + filingId + "/canonical-form").body());
        Path seal = write("seal.p7s", applicant.get("/api/filings/" + filingId + "/seal").body());
        Path token = write("token.tst", applicant.get("/api/filings/" + filingId + "/time-stamp").body());
        Path ca = write("ca.pem", GatewayClient.anonymous().get("/api/trust/ca.pem").body());
        Path tsa = write("tsa.pem", GatewayClient.anonymous().get("/api/trust/tsa.pem").body());

        ExternalTool.Result cms = ExternalTool.run("openssl", "cms", "-verify", "-binary", "-inform", "DER",
                "-in", seal.toString(), "-content", canonical.toString(), "-CAfile", ca.toString(),
                "-purpose", "any", "-out", "/dev/null");
        assertThat(cms.exitCode()).as(cms.output()).isZero();
        assertThat(cms.output()).contains("Verification successful");

        ExternalTool.Result ts = ExternalTool.run("openssl", "ts", "-verify", "-data", canonical.toString(),
                "-token_in", "-in", token.toString(), "-CAfile", ca.toString(), "-untrusted", tsa.toString());
        assertThat(ts.exitCode()).as(ts.output()).isZero();
        assertThat(ts.output()).contains("Verification: OK");

        Path tampered = write("tampered.json", new String(Files.readAllBytes(canonical), StandardCharsets.UTF_8)
                .replace("56.10", "56.11").getBytes(StandardCharsets.UTF_8));
        ExternalTool.Result forged = ExternalTool.run("openssl", "cms", "-verify", "-binary", "-inform", "DER",
                "-in", seal.toString(), "-content", tampered.toString(), "-CAfile", ca.toString(),
                "-purpose", "any", "-out", "/dev/null");
        assertThat(forged.exitCode()).as("a changed submission must not verify").isNotZero();
    }

    @Test
    @Order(5)
    void theReceiptIsASignedPdfThatPdfsigAccepts() throws IOException {
        GatewayClient.Reply receipt = applicant.get("/api/filings/" + filingId + "/receipt");
        assertThat(receipt.status()).isEqualTo(200);
        assertThat(receipt.contentType()).startsWith("application/pdf");
        Path pdf = write("receipt.pdf", receipt.body());

        ExternalTool.Result signature = ExternalTool.run("pdfsig", pdf.toString());
        assertThat(signature.output()).as(signature.output()).contains("Signature is Valid");

        ExternalTool.Result text = ExternalTool.run("pdftotext", pdf.toString(), "-");
        assertThat(text.output()).contains(reference).contains(verificationCode).contains("Atelier Dupont SARL")
                .contains(sha256(attachment).substring(0, 16)).contains("Accusé de réception");
    }

    @Test
    @Order(6)
    void anyoneCanVerifyTheReceiptWithoutSigningIn() {
        GatewayClient anyone = GatewayClient.anonymous();

        GatewayClient.Reply byCode = anyone.get("/api/verification/" + verificationCode.toLowerCase().replace("-", ""));
        assertThat(byCode.status()).as(byCode.toString()).isEqualTo(200);
        assertThat(byCode.json().getString("reference")).isEqualTo(reference);

        byte[] receipt = applicant.get("/api/filings/" + filingId + "/receipt").body();
        GatewayClient.Reply byDocument = anyone.postRaw("/api/verification", "application/pdf", receipt);
        assertThat(byDocument.status()).isEqualTo(200);
        assertThat(byDocument.json().getString("document")).isEqualTo("RECEIPT");

        GatewayClient.Reply byHash = anyone.post("/api/verification",
                Json.createObjectBuilder().add("sha256", sha256(receipt)).build());
        assertThat(byHash.json().getString("reference")).isEqualTo(reference);

        byte[] forged = receipt.clone();
        forged[forged.length / 2] ^= 1;
        assertThat(anyone.postRaw("/api/verification", "application/pdf", forged).status()).isEqualTo(404);
        assertThat(anyone.get("/api/verification/0000-0000-0000-0000").status()).isEqualTo(404);
    }

    @Test
    @Order(7)
    void theClerkFindsTheCaseClaimsItAndRejectsItWithAReason() {
        GatewayClient.Reply queue = clerk.get("/api/cases?limit=100");
        assertThat(queue.status()).isEqualTo(200);
        assertThat(queue.text()).contains(reference);

        GatewayClient.Reply view = clerk.get("/api/cases/" + reference);
        assertThat(view.json().getJsonObject("data").getString("newActivityCode")).isEqualTo("56.10");
        String attachmentId = view.json().getJsonArray("attachments").getJsonObject(0).getString("id");
        assertThat(clerk.get("/api/filings/" + filingId + "/attachments/" + attachmentId).body()).isEqualTo(attachment);

        GatewayClient.Reply claimed = clerk.post("/api/cases/" + reference + "/claim");
        assertThat(claimed.status()).as(claimed.toString()).isEqualTo(200);
        assertThat(claimed.json().getString("status")).isEqualTo("IN_REVIEW");

        GatewayClient.Reply decided = clerk.post("/api/cases/" + reference + "/decision", Json.createObjectBuilder()
                .add("outcome", "REJECTED")
                .add("reason", "The amended statutes are not signed by the managing director.")
                .build());
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        assertThat(decided.json().getString("status")).isEqualTo("REJECTED");
        assertThat(clerk.get("/api/cases?limit=100").text()).doesNotContain(reference);
    }

    @Test
    @Order(8)
    void theApplicantSeesTheDecisionAndDownloadsItSigned() throws IOException {
        JsonObject filing = applicant.get("/api/filings/" + filingId).json();
        assertThat(filing.getString("status")).isEqualTo("REJECTED");
        assertThat(filing.getJsonObject("decision").getString("reason")).contains("not signed by the managing director");

        GatewayClient.Reply decision = applicant.get("/api/filings/" + filingId + "/decision");
        assertThat(decision.status()).isEqualTo(200);
        Path pdf = write("decision.pdf", decision.body());
        assertThat(ExternalTool.run("pdfsig", pdf.toString()).output()).contains("Signature is Valid");
        assertThat(ExternalTool.run("pdftotext", pdf.toString(), "-").output())
                .contains(reference).contains("not signed by the managing director");
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(work.resolve(name), content);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
