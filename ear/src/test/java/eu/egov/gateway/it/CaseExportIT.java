package eu.egov.gateway.it;

import static eu.egov.gateway.it.FilingRefusalsIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/** An authority exports its filings for its back-office, as CSV or JSON; nobody else's, and to nobody else. */
class CaseExportIT {

    private static final String HEADER =
            "reference,formCode,formVersion,firm,firmCountry,firmRegistration,status,submittedAt,decidedAt,outcome,"
                    + "intermediary,mandate";

    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private final String thisWeek = "from=" + today.minusDays(3) + "&to=" + today.plusDays(3);

    @Test
    void aClerkExportsTheAuthoritysFilingsAsCsvWithAHeaderLine() throws SQLException {
        Arranged.Filing decided = Arranged.decidedFiling("amelie");
        String submitted = submittedBy("jonas");
        String elsewhere = anotherAuthoritysCopyOf(submitted);

        GatewayClient.Reply export = GatewayClient.signedIn("claire").get("/api/cases/export?format=csv&" + thisWeek);

        assertThat(export.status()).as(export.toString()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("text/csv").containsIgnoringCase("charset=UTF-8");
        assertThat(export.header("Content-Disposition")).startsWith("attachment; filename=\"filings-").endsWith(".csv\"");
        assertThat(export.text()).startsWith(HEADER + "\r\n").endsWith("\r\n").doesNotContain(elsewhere);
        List<String> lines = Arrays.asList(export.text().split("\r\n"));
        assertThat(line(lines, decided.reference()))
                .startsWith(decided.reference() + "," + Samples.FORM + ",")
                .contains(",Atelier Dupont SARL,FR,", ",APPROVED,")
                .endsWith(",APPROVED,,");
        assertThat(line(lines, submitted)).contains(",Nordlicht Logistik GmbH,DE,", ",SUBMITTED,").endsWith(",,,,");
        assertThat(lines.stream().skip(1)).allMatch(line -> line.split(",", -1).length == 12);
    }

    @Test
    void anAdministratorExportsThemAsJson() throws SQLException {
        Arranged.Filing decided = Arranged.decidedFiling("amelie");
        String elsewhere = anotherAuthoritysCopyOf(decided.reference());

        GatewayClient.Reply export = GatewayClient.signedIn("admin").get("/api/cases/export?format=json&" + thisWeek);

        assertThat(export.status()).as(export.toString()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("application/json");
        assertThat(export.text()).doesNotContain(elsewhere);
        JsonObject filing = export.jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(line -> line.getString("reference").equals(decided.reference())).findFirst().orElseThrow();
        assertThat(filing.getString("formCode")).isEqualTo(Samples.FORM);
        assertThat(filing.getInt("formVersion")).isPositive();
        assertThat(filing.getString("firm")).isEqualTo("Atelier Dupont SARL");
        assertThat(filing.getString("status")).isEqualTo("APPROVED");
        assertThat(filing.getString("outcome")).isEqualTo("APPROVED");
        assertThat(filing.getString("decidedAt")).isNotBlank();
        assertThat(filing.getString("submittedAt")).startsWith(today.toString().substring(0, 4));
    }

    @Test
    void thePeriodBoundsTheExport() {
        String submitted = submittedBy("amelie");
        GatewayClient claire = GatewayClient.signedIn("claire");

        assertThat(claire.get("/api/cases/export?format=csv&from=" + today.plusDays(1)).text())
                .isEqualTo(HEADER + "\r\n");
        assertThat(claire.get("/api/cases/export?format=json&to=" + today.minusDays(1)).text()).doesNotContain(submitted);
        assertThat(claire.get("/api/cases/export?format=json&from=" + today + "&to=" + today).text()).contains(submitted);
    }

    @Test
    void firmsCannotExportAndBadQueriesAreRefusedInTheCallersLanguage() {
        assertProblem(GatewayClient.signedIn("amelie").get("/api/cases/export?format=csv"), 403, "role-required");
        assertProblem(GatewayClient.anonymous().get("/api/cases/export"), 401, "authentication-required");
        GatewayClient claire = GatewayClient.signedIn("claire").header("Accept-Language", "fr");

        GatewayClient.Reply format = claire.get("/api/cases/export?format=xlsx");
        assertProblem(format, 422, "validation-failed");
        assertThat(format.json().getJsonArray("violations").getJsonObject(0).getString("pointer")).isEqualTo("/format");
        GatewayClient.Reply date = claire.get("/api/cases/export?from=2026-02-30");
        assertProblem(date, 422, "validation-failed");
        assertThat(date.json().getJsonArray("violations").getJsonObject(0).getString("pointer")).isEqualTo("/from");
        assertThat(date.json().getJsonArray("violations").getJsonObject(0).getString("message")).contains("AAAA-MM-JJ");
        GatewayClient.Reply order = claire.get("/api/cases/export?from=2026-03-02&to=2026-03-01");
        assertProblem(order, 422, "validation-failed");
        assertThat(order.json().getJsonArray("violations").getJsonObject(0).getString("pointer")).isEqualTo("/to");
    }

    private static String line(List<String> lines, String reference) {
        return lines.stream().filter(line -> line.startsWith(reference + ",")).findFirst()
                .orElseThrow(() -> new AssertionError(reference + " is not exported"));
    }

    private static String submittedBy(String applicant) {
        GatewayClient firm = GatewayClient.signedIn(applicant);
        GatewayClient.Reply submitted = firm.post("/api/filings/" + FilingRefusalsIT.completeDraft(firm) + "/submission");
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        return submitted.json().getJsonObject("submission").getString("reference");
    }

    /**
     * The same filing as if it had been submitted to another authority, on a retired copy of its form (so that no
     * catalogue shows it); its reference. Copied row by row, as the gateway stores times in its own format.
     */
    private static String anotherAuthoritysCopyOf(String reference) throws SQLException {
        String form = UUID.randomUUID().toString();
        String copy = "FIL-ELSEWHERE-" + form.substring(0, 8).toUpperCase();
        try (Connection database = GatewayDatabase.connect()) {
            GatewayDatabase.execute(database, "insert into form (id, code, version, authority_id, definition, status)"
                    + " select '" + form + "', 'elsewhere-" + form + "', 1, '" + UUID.randomUUID() + "', definition,"
                    + " 'RETIRED' from form where code = '" + Samples.FORM + "' and version = 1");
            GatewayDatabase.execute(database, "insert into filing (id, form_id, organisation_id, created_by, data, status,"
                    + " version, created_at, updated_at, reference, submitted_at) select '" + UUID.randomUUID() + "', '"
                    + form + "', organisation_id, created_by, data, status, version, created_at, updated_at, '" + copy
                    + "', submitted_at from filing where reference = '" + reference + "'");
        }
        return copy;
    }
}
