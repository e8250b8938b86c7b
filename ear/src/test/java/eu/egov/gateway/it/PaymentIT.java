package eu.egov.gateway.it;

import static eu.egov.gateway.it.BankStatements.fee;
import static eu.egov.gateway.it.BankStatements.imported;
import static eu.egov.gateway.it.BankStatements.statement;
import static eu.egov.gateway.it.BankStatements.terracePermit;
import static eu.egov.gateway.it.FilingRefusalsIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import eu.egov.gateway.it.BankStatements.Credit;

/**
 * Fees: the form's decision table computes the fee, the firm pays it by transfer under the ISO 11649 creditor
 * reference it is given, and the finance officer's import of the bank's camt.053 statement reconciles the
 * payment; only then does the filing reach the clerks. What does not settle a fee exactly waits for a person.
 */
@ExtendWith(Mailbox.class)
class PaymentIT {

    private final GatewayClient amelie = GatewayClient.signedIn("amelie");
    private final GatewayClient fiona = GatewayClient.signedIn("fiona");
    private final GatewayClient claire = GatewayClient.signedIn("claire");

    @Test
    void checkMyFileSaysWhatTheFeeWillBeOnceTheDataIsValid() {
        String draft = BankStatements.terraceDraft(amelie, 64);

        GatewayClient.Reply check = amelie.post("/api/filings/" + draft + "/check");

        assertThat(check.json().getJsonArray("violations").getValuesAs(JsonObject.class))
                .extracting(violation -> violation.getString("pointer")).containsExactly("/attachments/sitePlan");
        assertThat(check.json().getJsonObject("fee").getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("502.00");
        assertThat(check.json().getJsonObject("fee").getString("currency")).isEqualTo("EUR");
        amelie.put("/api/filings/" + draft + "/data", Json.createObjectBuilder().add("data", Json.createObjectBuilder()
                .add("establishmentName", "Café des Arts").add("terraceArea", "large")).build());
        assertThat(amelie.post("/api/filings/" + draft + "/check").json()).doesNotContainKey("fee");
    }

    @Test
    void aTerracePermitReachesTheClerksOnceTheBankStatementShowsItsFeePaid() {
        Arranged.Filing permit = terracePermit(amelie, 24);

        JsonObject fee = fee(amelie, permit);
        assertThat(fee.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("182.00");
        assertThat(fee.getString("currency")).isEqualTo("EUR");
        assertThat(fee.getString("iban")).isEqualTo(BankStatements.FEE_ACCOUNT);
        assertThat(fee.getString("payee")).isEqualTo("Business Registration Office");
        assertThat(fee.getString("creditorReference")).matches("RF\\d\\d( [0-9A-Z]{1,4})+")
                .isEqualTo(creditorReferenceOf(permit.reference()));
        assertThat(LocalDate.parse(fee.getString("dueOn"))).isAfter(LocalDate.now().plusDays(28));
        assertThat(fee.getString("status")).isEqualTo("DUE");
        JsonObject waiting = amelie.get("/api/filings/" + permit.id()).json();
        assertThat(waiting.getString("status")).isEqualTo("AWAITING_PAYMENT");
        assertThat(waiting).doesNotContainKey("decisionDue");
        assertProblem(claire.post("/api/cases/" + permit.reference() + "/claim"), 409, "case-not-open");

        byte[] statement = statement(Credit.of("182.00", fee.getString("creditorReference")));
        GatewayClient.Reply reconciled = imported(statement);

        assertThat(reconciled.status()).as(reconciled.toString()).isEqualTo(200);
        assertThat(reconciled.json().getJsonArray("payments").getValuesAs(JsonObject.class)).singleElement()
                .satisfies(payment -> {
                    assertThat(payment.getString("outcome")).isEqualTo("PAID");
                    assertThat(payment.getString("filingReference")).isEqualTo(permit.reference());
                    assertThat(payment.getBoolean("toResolve")).isFalse();
                });
        JsonObject paid = amelie.get("/api/filings/" + permit.id()).json();
        assertThat(paid.getString("status")).isEqualTo("SUBMITTED");
        assertThat(paid.getString("decisionDue")).isNotBlank();
        assertThat(fee(amelie, permit).getString("status")).isEqualTo("PAID");
        assertThat(claire.post("/api/cases/" + permit.reference() + "/claim").status()).isEqualTo(200);
        assertThat(amelie.get("/api/notices").json().getJsonArray("items").getValuesAs(JsonObject.class))
                .anySatisfy(notice -> {
                    assertThat(notice.getString("kind")).isEqualTo("fee-paid");
                    assertThat(notice.getString("subject")).isEqualTo("Redevance reçue pour votre dossier " + permit.reference());
                });

        GatewayClient.Reply replayed = imported(statement);

        assertThat(replayed.status()).as(replayed.toString()).isEqualTo(200);
        assertThat(replayed.json().getJsonArray("payments")).isEmpty();
        assertThat(replayed.json().getInt("alreadyImported")).isEqualTo(1);
        assertThat(fee(amelie, permit).getJsonNumber("received").bigDecimalValue()).isEqualByComparingTo("182.00");
    }

    @Test
    void partialOverUnmatchedAndLatePaymentsWaitForAPersonWhoResolvesThem() {
        Arranged.Filing partlyPaid = terracePermit(amelie, 24);
        Arranged.Filing overpaid = terracePermit(amelie, 24);
        Arranged.Filing late = terracePermit(amelie, 24);
        String partlyPaidReference = fee(amelie, partlyPaid).getString("creditorReference");
        LocalDate lastDay = LocalDate.parse(fee(amelie, late).getString("dueOn"));
        Credit partial = Credit.of("100.00", partlyPaidReference);
        Credit surplus = Credit.of("200.00", fee(amelie, overpaid).getString("creditorReference"));
        Credit mistyped = Credit.of("82.00", mistype(partlyPaidReference));
        Credit afterLastDay = new Credit("IT-late-" + late.reference(), "182.00", lastDay.plusDays(1),
                fee(amelie, late).getString("creditorReference"));

        GatewayClient.Reply reconciled = imported(statement(partial, surplus, mistyped, afterLastDay));

        assertThat(reconciled.status()).as(reconciled.toString()).isEqualTo(200);
        assertThat(outcomes(reconciled.json())).containsExactly("PARTIAL", "OVERPAID", "UNMATCHED", "EXPIRED");
        assertThat(reconciled.json().getJsonArray("payments").getJsonObject(1).getJsonNumber("surplus").bigDecimalValue())
                .isEqualByComparingTo("18.00");
        assertThat(status(partlyPaid)).isEqualTo("AWAITING_PAYMENT");
        assertThat(status(overpaid)).isEqualTo("SUBMITTED");
        assertThat(status(late)).isEqualTo("AWAITING_PAYMENT");
        assertThat(toResolve()).extracting(payment -> payment.getString("bankReference"))
                .contains(partial.bankReference(), surplus.bankReference(), mistyped.bankReference(), afterLastDay.bankReference());

        String mistypedId = idOf(mistyped);
        assertProblem(resolve(mistypedId, "ASSIGNED", "RF00 1234", "Typo"), 422, "creditor-reference-invalid");
        assertProblem(resolve(mistypedId, "ASSIGNED", "RF18 5390 0754 7034", "Typo"), 422, "creditor-reference-unknown");
        assertProblem(resolve(idOf(afterLastDay), "ASSIGNED", afterLastDay.reference(), "Late"), 422,
                "creditor-reference-expired");
        assertProblem(resolve(mistypedId, "ASSIGNED", partlyPaidReference, " "), 422, "validation-failed");
        GatewayClient.Reply assigned = resolve(mistypedId, "ASSIGNED", partlyPaidReference,
                "The payer mistyped the reference; the rest of the fee.");

        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
        assertThat(assigned.json().getString("outcome")).isEqualTo("PAID");
        assertThat(assigned.json().getString("filingReference")).isEqualTo(partlyPaid.reference());
        assertThat(status(partlyPaid)).isEqualTo("SUBMITTED");
        assertThat(resolve(idOf(partial), "ACCEPTED", null, "Completed by the second transfer.").status()).isEqualTo(200);
        assertThat(resolve(idOf(surplus), "REFUNDED", null, "18 euros sent back.").status()).isEqualTo(200);
        assertThat(resolve(idOf(afterLastDay), "REFUNDED", null, "Paid after the last day.").status()).isEqualTo(200);
        assertThat(toResolve()).extracting(payment -> payment.getString("bankReference"))
                .doesNotContain(partial.bankReference(), surplus.bankReference(), mistyped.bankReference(),
                        afterLastDay.bankReference());
        assertProblem(resolve(mistypedId, "REFUNDED", null, "Again"), 409, "payment-already-resolved");
        assertThat(status(late)).isEqualTo("AWAITING_PAYMENT");
    }

    @Test
    void moneyGivenBackStopsCountingAndAnAssignmentThatPaysTooMuchStaysOnTheList() {
        Arranged.Filing permit = terracePermit(amelie, 24);
        Arranged.Filing paidAlready = terracePermit(amelie, 24);
        String reference = fee(amelie, permit).getString("creditorReference");
        String paidReference = fee(amelie, paidAlready).getString("creditorReference");
        Credit partial = Credit.of("100.00", reference);
        Credit unknown = Credit.of("50.00", "RF18 5390 0754 7034");
        imported(statement(partial, unknown, Credit.of("182.00", paidReference)));

        assertThat(resolve(idOf(partial), "REFUNDED", null, "The firm asked for it back.").status()).isEqualTo(200);
        assertThat(fee(amelie, permit).getJsonNumber("received").bigDecimalValue()).isEqualByComparingTo("0");
        imported(statement(Credit.of("82.00", reference)));
        assertThat(status(permit)).as("82 of 182 euros: the 100 went back").isEqualTo("AWAITING_PAYMENT");

        GatewayClient.Reply assigned = resolve(idOf(unknown), "ASSIGNED", paidReference, "Meant for the paid permit.");
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
        assertThat(assigned.json().getString("outcome")).isEqualTo("OVERPAID");
        assertThat(toResolve()).extracting(payment -> payment.getString("bankReference"))
                .as("its 50 euros are surplus, for someone to give back").contains(unknown.bankReference());
        assertThat(resolve(idOf(unknown), "REFUNDED", null, "50 euros sent back.").status()).isEqualTo(200);
    }

    @Test
    void hostileAndBrokenStatementsAreRefusedPreciselyAndPayNothing() {
        Arranged.Filing permit = terracePermit(amelie, 24);
        String reference = fee(amelie, permit).getString("creditorReference");
        String valid = new String(statement(Credit.of("182.00", reference)), StandardCharsets.UTF_8);
        String body = valid.substring(valid.indexOf("<Document"));

        assertProblem(raw("<?xml version=\"1.0\"?><!DOCTYPE Document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + body.replace("<Id>STMT", "<Id>&xxe;STMT")), 422, "statement-doctype-refused");
        assertProblem(raw("<!DOCTYPE Document [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>" + body.replace("<Id>STMT", "<Id>&c;STMT")), 422,
                "statement-doctype-refused");
        assertProblem(raw(body.substring(0, body.length() / 2)), 400, "statement-malformed");
        assertProblem(raw(body.replace("camt.053.001.08", "camt.054.001.08")), 422, "statement-unsupported");
        assertProblem(raw(body.replace(BankStatements.FEE_ACCOUNT, "FR7630006000011234567890189")), 422,
                "statement-other-account");
        assertProblem(raw(body.replace("</Stmt>", "<Ntry><Amt Ccy=\"EUR\">5.00</Amt><CdtDbtInd>CRDT</CdtDbtInd>"
                + "<Sts><Cd>BOOK</Cd></Sts></Ntry></Stmt>")), 422, "statement-entry-invalid");
        assertProblem(raw(body.replace(">182.00<", ">1e100000000<")), 422, "statement-entry-invalid");
        assertProblem(raw(body.replace("</Stmt>", "<x>".repeat(10_000) + "</x>".repeat(10_000) + "</Stmt>")), 422,
                "statement-unsupported");
        byte[] huge = (body.replace("</Stmt>", "<AddtlStmtInf>" + "x".repeat(11 * 1024 * 1024) + "</AddtlStmtInf></Stmt>"))
                .getBytes(StandardCharsets.UTF_8);
        assertProblem(imported(huge), 413, "statement-too-large");
        assertProblem(fiona.postRaw("/api/payments/statements", "application/json", "{}".getBytes(StandardCharsets.UTF_8)),
                415, "unsupported-media-type");
        assertProblem(amelie.postRaw("/api/payments/statements", "application/xml", body.getBytes(StandardCharsets.UTF_8)),
                403, "role-required");

        assertThat(status(permit)).isEqualTo("AWAITING_PAYMENT");
        assertThat(fee(amelie, permit).getJsonNumber("received").bigDecimalValue()).isEqualByComparingTo("0");
        assertProblem(GatewayClient.signedIn("jonas").get("/api/filings/" + permit.id() + "/fee"), 404, "not-found");
    }

    @Test
    void importsOfOneStatementAtTheSameMomentCountItsCreditsOnce() throws Exception {
        Arranged.Filing permit = terracePermit(amelie, 24);
        String reference = fee(amelie, permit).getString("creditorReference");
        byte[] statement = statement(Credit.of("182.00", reference), Credit.of("9.00", mistype(reference)));
        ExecutorService finance = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<GatewayClient.Reply>> imports = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            GatewayClient officer = GatewayClient.signedIn("fiona");
            imports.add(finance.submit(() -> {
                start.await();
                return officer.postRaw("/api/payments/statements", "application/xml", statement);
            }));
        }
        start.countDown();
        List<GatewayClient.Reply> replies = new ArrayList<>();
        for (Future<GatewayClient.Reply> reply : imports) {
            replies.add(reply.get(60, TimeUnit.SECONDS));
        }
        finance.shutdown();

        // each import records both credits or, beaten to one by another, nothing at all: never a failed commit
        for (GatewayClient.Reply reply : replies) {
            if (reply.status() == 200) {
                assertThat(reply.json().getJsonArray("payments").size() + reply.json().getInt("alreadyImported"))
                        .as(reply.toString()).isEqualTo(2);
            } else {
                assertProblem(reply, 409, "statement-imported-meanwhile");
            }
        }
        assertThat(replies.stream().filter(reply -> reply.status() == 200)
                .mapToInt(reply -> reply.json().getJsonArray("payments").size()).sum()).isEqualTo(2);
        assertThat(fee(amelie, permit).getJsonNumber("received").bigDecimalValue()).isEqualByComparingTo("182.00");
        assertThat(status(permit)).isEqualTo("SUBMITTED");
    }

    private GatewayClient.Reply raw(String xml) {
        return imported(xml.getBytes(StandardCharsets.UTF_8));
    }

    private GatewayClient.Reply resolve(String paymentId, String action, String creditorReference, String note) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("action", action).add("note", note);
        if (creditorReference != null) {
            body.add("creditorReference", creditorReference);
        }
        return fiona.post("/api/payments/" + paymentId + "/resolution", body.build());
    }

    private List<JsonObject> toResolve() {
        GatewayClient.Reply listed = fiona.get("/api/payments?status=to-resolve&limit=100");
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        return listed.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private String idOf(Credit credit) {
        return fiona.get("/api/payments?limit=100").json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(payment -> payment.getString("bankReference").equals(credit.bankReference()))
                .findFirst().orElseThrow().getString("id");
    }

    private String status(Arranged.Filing filing) {
        return amelie.get("/api/filings/" + filing.id()).json().getString("status");
    }

    private static List<String> outcomes(JsonObject imported) {
        return imported.getJsonArray("payments").getValuesAs(JsonObject.class).stream()
                .map(payment -> payment.getString("outcome")).toList();
    }

    /** The filing's reference with RF and check digits before it, in groups of four (ISO 11649, computed here). */
    private static String creditorReferenceOf(String filingReference) {
        String base = filingReference.replace("-", "");
        StringBuilder digits = new StringBuilder();
        for (char c : (base + "RF00").toCharArray()) {
            digits.append(Character.digit(c, 36));
        }
        int check = 98 - new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
        return ("RF" + String.format("%02d", check) + base).replaceAll("(.{4})(?!$)", "$1 ");
    }

    /** The reference with its last character mistyped, as a hurried payer types it. */
    private static String mistype(String reference) {
        String compact = reference.replace(" ", "");
        return compact.substring(0, compact.length() - 1) + (compact.endsWith("0") ? "1" : "0");
    }
}
