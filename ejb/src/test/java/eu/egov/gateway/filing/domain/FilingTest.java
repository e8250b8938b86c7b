package eu.egov.gateway.filing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import eu.egov.gateway.shared.domain.ProblemType;
import eu.egov.gateway.shared.domain.Rejection;

class FilingTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final String DEFINITION = """
            {"code": "f", "version": 1, "title": {"en": "F"}, "schema": {}, "ui": {"fields": []}, "attachments": []}""";

    private final Filing filing = new Filing(new Form("authority", DEFINITION), "firm", "user", null, "{}", NOW);

    @Test
    void aSubmittedFilingNoLongerChanges() {
        filing.submit("FIL-2026-AAAA-BBBB", NOW, "user", Locale.FRENCH, false);

        assertThat(filing.status()).isEqualTo(FilingStatus.SUBMITTED);
        assertThat(filing.language()).isEqualTo(Locale.FRENCH);
        assertRejected(() -> filing.replaceData("{\"a\": 1}", "user", NOW), ProblemType.FILING_ALREADY_SUBMITTED);
        assertRejected(() -> filing.submit("FIL-2026-CCCC-DDDD", NOW, "user", Locale.FRENCH, false),
                ProblemType.FILING_ALREADY_SUBMITTED);
        assertThat(filing.reference()).isEqualTo("FIL-2026-AAAA-BBBB");
    }

    @Test
    void onlyTheClerkWhoClaimedTheCaseDecidesItAndOnlyOnce() {
        filing.submit("FIL-2026-AAAA-BBBB", NOW, "user", Locale.ENGLISH, false);
        assertRejected(() -> filing.decide(Outcome.APPROVED, "ok", "clerk", NOW), ProblemType.CASE_NOT_CLAIMED);

        filing.assign("clerk", NOW);
        assertRejected(() -> filing.decide(Outcome.APPROVED, "ok", "other clerk", NOW), ProblemType.CASE_NOT_CLAIMED);
        filing.decide(Outcome.REJECTED, "incomplete", "clerk", NOW);

        assertThat(filing.status()).isEqualTo(FilingStatus.REJECTED);
        assertRejected(() -> filing.decide(Outcome.APPROVED, "ok", "clerk", NOW), ProblemType.CASE_NOT_OPEN);
    }

    @Test
    void theLegalClockStartsAtSubmissionAndWarnsAheadOfTheDeadline() {
        Filing permit = new Filing(new Form("authority", DEFINITION.replace("\"schema\"",
                "\"decision\": {\"leadTime\": \"P30D\", \"tacitApproval\": true}, \"schema\"")), "firm", "user", null, "{}", NOW);
        permit.submit("FIL-2026-AAAA-BBBB", NOW, "user", Locale.ENGLISH, false);

        assertThat(permit.decisionDue()).isEqualTo(NOW.plus(Duration.ofDays(30)));
        assertThat(permit.dueSoonFrom()).isEqualTo(NOW.plus(Duration.ofDays(27)));
        assertThatThrownBy(() -> permit.approveTacitly(NOW.plus(Duration.ofDays(29)))).isInstanceOf(IllegalStateException.class);

        permit.approveTacitly(NOW.plus(Duration.ofDays(30)));

        assertThat(permit.status()).isEqualTo(FilingStatus.APPROVED);
        assertThat(permit.outcome()).isEqualTo(Outcome.TACITLY_APPROVED);
    }

    @Test
    void withoutTacitApprovalSilenceApprovesNothing() {
        filing.submit("FIL-2026-AAAA-BBBB", NOW, "user", Locale.ENGLISH, false);

        assertThat(filing.decisionDue()).as("30 days unless the form says").isEqualTo(NOW.plus(Duration.ofDays(30)));
        assertThatThrownBy(() -> filing.approveTacitly(NOW.plus(Duration.ofDays(31)))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aShortLeadTimeIsWarnedOfAtTwoThirds() {
        Filing quick = new Filing(new Form("authority", DEFINITION.replace("\"schema\"",
                "\"decision\": {\"leadTime\": \"PT9S\"}, \"schema\"")), "firm", "user", null, "{}", NOW);
        quick.submit("FIL-2026-AAAA-BBBB", NOW, "user", Locale.ENGLISH, false);

        assertThat(quick.dueSoonFrom()).isEqualTo(NOW.plusSeconds(6));
    }

    @Test
    void aDraftIsNotACase() {
        assertRejected(() -> filing.decide(Outcome.APPROVED, "ok", "clerk", NOW), ProblemType.CASE_NOT_OPEN);
    }

    private static void assertRejected(Runnable action, ProblemType type) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(Rejection.class, r -> assertThat(r.type()).isEqualTo(type));
    }
}
