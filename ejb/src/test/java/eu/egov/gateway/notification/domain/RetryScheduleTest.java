package eu.egov.gateway.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private final RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(10));

    @Test
    void waitsLongerAfterEachFailureThenGivesUp() {
        assertThat(IntStream.rangeClosed(1, 7).mapToObj(failed -> schedule.delayAfter(failed).orElseThrow()))
                .containsExactly(Duration.ofSeconds(10), Duration.ofMinutes(1), Duration.ofMinutes(5),
                        Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10));
        assertThat(schedule.delayAfter(8)).isEmpty();
    }

    @Test
    void scalesWithItsBase() {
        RetrySchedule quick = new RetrySchedule(Duration.ofSeconds(1));

        assertThat(quick.delayAfter(1)).contains(Duration.ofSeconds(1));
        assertThat(quick.delayAfter(2)).contains(Duration.ofSeconds(6));
    }

    @Test
    void aDeliveryIsRetriedOnTheScheduleUntilDeliveredOrGivenUp() {
        Instant start = Instant.parse("2026-11-27T10:00:00Z");
        WebhookDelivery delivered = new WebhookDelivery("subscription", "evt_1", WebhookEvent.FILING_SUBMITTED, "{}", start);

        delivered.record(new WebhookAttempt(start, 500, "the receiver answered HTTP 500"), schedule);
        assertThat(delivered.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(delivered.nextAttemptAt()).isEqualTo(start.plusSeconds(10));
        delivered.record(new WebhookAttempt(start.plusSeconds(10), 204, null), schedule);
        assertThat(delivered.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(delivered.deliveredAt()).isEqualTo(start.plusSeconds(10));
        assertThat(delivered.nextAttemptAt()).isNull();
        assertThat(delivered.attempts()).extracting(WebhookAttempt::statusCode).containsExactly(500, 204);

        WebhookDelivery failed = new WebhookDelivery("subscription", "evt_2", WebhookEvent.FILING_DECIDED, "{}", start);
        for (int i = 0; i < 8; i++) {
            failed.record(new WebhookAttempt(start, null, "connection refused or unreachable"), schedule);
        }
        assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(failed.nextAttemptAt()).isNull();
        assertThat(failed.attempts()).hasSize(8);
    }
}
