package eu.egov.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * Submission is one transaction across the gateway's rows and the process engine's. The database
 * itself is made to refuse the submission's audit event, which it writes last, after the process
 * instance: the whole submission must then be undone, process instance included.
 */
class SubmissionAtomicityIT {

    @Test
    void aFailureLateInTheSubmissionLeavesNeitherTheSubmissionNorItsProcess() throws Exception {
        GatewayClient amelie = GatewayClient.signedIn("amelie");
        String id = FilingRefusalsIT.completeDraft(amelie);

        try (Connection database = GatewayDatabase.connect()) {
            long processes = GatewayDatabase.count(database, "act_hi_procinst");
            long runningProcesses = GatewayDatabase.count(database, "act_ru_execution");
            long submissions = GatewayDatabase.count(database, "submission");
            long auditEvents = GatewayDatabase.count(database, "audit_event");
            GatewayDatabase.execute(database,
                    "alter table audit_event add constraint refuse_test_filing"
                            + " check (not (action = 'filing.submitted' and subject = '" + id + "'))");
            try {
                GatewayClient.Reply refused = amelie.post("/api/filings/" + id + "/submission");

                FilingRefusalsIT.assertProblem(refused, 500, "internal-error");
                assertThat(refused.json().getString("incident")).isNotBlank();
                assertThat(refused.text()).doesNotContain("audit_event").doesNotContain("Exception");
                JsonObject filing = amelie.get("/api/filings/" + id).json();
                assertThat(filing.getString("status")).isEqualTo("DRAFT");
                assertThat(filing.containsKey("submission")).isFalse();
                assertThat(GatewayDatabase.count(database, "act_hi_procinst")).isEqualTo(processes);
                assertThat(GatewayDatabase.count(database, "act_ru_execution")).isEqualTo(runningProcesses);
                assertThat(GatewayDatabase.count(database, "submission")).isEqualTo(submissions);
                assertThat(GatewayDatabase.count(database, "audit_event")).isEqualTo(auditEvents);
            } finally {
                GatewayDatabase.execute(database, "alter table audit_event drop constraint refuse_test_filing");
            }

            GatewayClient.Reply submitted = amelie.post("/api/filings/" + id + "/submission");
            assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
            assertThat(GatewayDatabase.count(database, "act_hi_procinst")).isEqualTo(processes + 1);
        }
    }
}
