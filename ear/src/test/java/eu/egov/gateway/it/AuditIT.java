package eu.egov.gateway.it;

import static eu.egov.gateway.it.FilingRefusalsIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * The audit log is a hash chain: an auditor's check finds any edit made behind the gateway's back. And
 * what the database holds can be read with SQL alone, times included.
 */
class AuditIT {

    @Test
    void theDatabaseHoldsTimesAsUtcTimestampsThatSqlReads() throws Exception {
        GatewayClient amelie = GatewayClient.signedIn("amelie");
        String id = FilingRefusalsIT.completeDraft(amelie);
        JsonObject submission = amelie.post("/api/filings/" + id + "/submission").json().getJsonObject("submission");
        Instant submittedAt = Instant.parse(submission.getString("submittedAt"));

        try (Connection database = GatewayDatabase.connect();
             PreparedStatement find = database.prepareStatement(
                     "select submitted_at from filing where reference = ?")) {
            find.setString(1, submission.getString("reference"));
            try (ResultSet rows = find.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getObject(1, LocalDateTime.class))
                        .isEqualTo(LocalDateTime.ofInstant(submittedAt, ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS));
            }
        }
    }

    @Test
    void anEditInTheDatabaseBreaksTheChainAtThatEvent() throws Exception {
        GatewayClient amelie = GatewayClient.signedIn("amelie");
        String id = FilingRefusalsIT.completeDraft(amelie);
        GatewayClient auditor = GatewayClient.signedIn("aude");
        assertThat(auditor.get("/api/audit/verification").json().getBoolean("intact")).isTrue();

        try (Connection database = GatewayDatabase.connect()) {
            long sequence;
            String details;
            try (PreparedStatement find = database.prepareStatement(
                    "select sequence, details from audit_event where subject = ? order by sequence")) {
                find.setString(1, id);
                try (ResultSet rows = find.executeQuery()) {
                    rows.next();
                    sequence = rows.getLong(1);
                    details = rows.getString(2);
                }
            }
            update(database, sequence, details + " (edited)");
            try {
                JsonObject verification = auditor.get("/api/audit/verification").json();

                assertThat(verification.getBoolean("intact")).isFalse();
                assertThat(verification.getJsonNumber("firstBrokenEvent").longValue()).isEqualTo(sequence);
            } finally {
                update(database, sequence, details);
            }
        }
        assertThat(auditor.get("/api/audit/verification").json().getBoolean("intact")).isTrue();
    }

    @Test
    void onlyAuditorsVerifyTheChain() {
        assertProblem(GatewayClient.signedIn("claire").get("/api/audit/verification"), 403, "role-required");
    }

    private static void update(Connection database, long sequence, String details) throws Exception {
        try (PreparedStatement edit = database.prepareStatement("update audit_event set details = ? where sequence = ?")) {
            edit.setString(1, details);
            edit.setLong(2, sequence);
            assertThat(edit.executeUpdate()).isEqualTo(1);
        }
    }
}
