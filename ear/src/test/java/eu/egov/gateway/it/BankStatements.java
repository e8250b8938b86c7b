package eu.egov.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * ISO 20022 camt.053.001.08 statements of the demo authority's fee account, as its bank would send them, and
 * terrace permits whose fees they pay.
 */
public final class BankStatements {

    /** The account GATEWAY_FEE_IBAN names by default. */
    public static final String FEE_ACCOUNT = "BE71096123456769";

    private BankStatements() {
    }

    /** A credit transfer: the bank's reference for it, the amount, the day booked and the reference the payer gave. */
    public record Credit(String bankReference, String amount, LocalDate bookedOn, String reference) {

        /** Booked today, under a bank reference no other test uses. */
        public static Credit of(String amount, String reference) {
            return new Credit("IT-" + UUID.randomUUID(), amount, LocalDate.now(ZoneOffset.UTC), reference);
        }
    }

    public static byte[] statement(String account, Credit... credits) {
        StringBuilder entries = new StringBuilder();
        for (Credit credit : credits) {
            entries.append("""
                    <Ntry><Amt Ccy="EUR">%s</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
                      <BookgDt><Dt>%s</Dt></BookgDt><AcctSvcrRef>%s</AcctSvcrRef>
                      <NtryDtls><TxDtls><RltdPties><Dbtr><Pty><Nm>Atelier Dupont SARL</Nm></Pty></Dbtr></RltdPties>
                        <RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp><Ref>%s</Ref></CdtrRefInf></Strd></RmtInf>
                      </TxDtls></NtryDtls></Ntry>
                    """.formatted(credit.amount(), credit.bookedOn(), credit.bankReference(), credit.reference()));
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt>
                  <GrpHdr><MsgId>%1$s</MsgId><CreDtTm>2026-11-30T18:00:00</CreDtTm></GrpHdr>
                  <Stmt><Id>%1$s</Id><Acct><Id><IBAN>%2$s</IBAN></Id></Acct>
                %3$s  </Stmt>
                </BkToCstmrStmt></Document>
                """.formatted("STMT-" + UUID.randomUUID(), account, entries).getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] statement(Credit... credits) {
        return statement(FEE_ACCOUNT, credits);
    }

    /** Imports a statement as Fiona, the demo authority's finance officer. */
    public static GatewayClient.Reply imported(byte[] statement) {
        return GatewayClient.signedIn("fiona").postRaw("/api/payments/statements", "application/xml", statement);
    }

    /** A terrace permit of the applicant's firm, submitted: its area sets its fee (182 euros for 24 m² without heaters). */
    public static Arranged.Filing terracePermit(GatewayClient applicant, int area) {
        String id = terraceDraft(applicant, area);
        GatewayClient.Reply attached = applicant.postRaw("/api/filings/" + id + "/attachments/sitePlan", "application/pdf",
                Samples.pdf("site plan"), "Content-Disposition", "attachment; filename=\"plan.pdf\"");
        assertThat(attached.status()).as(attached.toString()).isEqualTo(201);
        GatewayClient.Reply submitted = applicant.post("/api/filings/" + id + "/submission");
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        return new Arranged.Filing(id, submitted.json().getJsonObject("submission").getString("reference"));
    }

    /** A draft terrace permit, its site plan not attached yet; its id. */
    public static String terraceDraft(GatewayClient applicant, int area) {
        GatewayClient.Reply created = applicant.post("/api/filings", Json.createObjectBuilder().add("form", "terrace-permit")
                .add("data", Json.createObjectBuilder()
                        .add("establishmentName", "Café des Arts")
                        .add("establishmentAddress", "12 place des Terreaux, Lyon")
                        .add("terraceArea", area)
                        .add("tables", 8)
                        .add("heaters", false)
                        .add("seasonStart", "2027-04-01")
                        .add("seasonEnd", "2027-10-31")
                        .add("declaration", true)).build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getString("id");
    }

    /** The fee of the filing as its firm reads it: amount, IBAN, creditor reference, last day. */
    public static JsonObject fee(GatewayClient applicant, Arranged.Filing filing) {
        GatewayClient.Reply fee = applicant.get("/api/filings/" + filing.id() + "/fee");
        assertThat(fee.status()).as(fee.toString()).isEqualTo(200);
        return fee.json();
    }
}
