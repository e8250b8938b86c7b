package eu.egov.gateway.procurement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import jakarta.json.Json;

import org.junit.jupiter.api.Test;

class BidTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    private final Tender tender = published();

    @Test
    void theFirmsLastBidCountsAtTheOpening() {
        Bid first = bid(NOW);
        Bid last = bid(NOW.plusSeconds(60));
        first.replacedBy(last);

        assertThat(first.countsAtOpening()).isFalse();
        assertThat(last.countsAtOpening()).isTrue();
    }

    @Test
    void aWithdrawnBidDoesNotCount() {
        Bid bid = bid(NOW);
        bid.withdraw(tender, NOW.plusSeconds(60));

        assertThat(bid.countsAtOpening()).isFalse();
    }

    @Test
    void aBidLeftUnconfirmedAfterACorrigendumDoesNotCountUntilTheFirmConfirmsIt() {
        Bid bid = bid(NOW);
        bid.corrigendumPublished();

        assertThat(bid.countsAtOpening()).isFalse();

        bid.confirm(tender, NOW.plusSeconds(60));

        assertThat(bid.countsAtOpening()).isTrue();
    }

    private Bid bid(Instant at) {
        return new Bid(tender, "firm", "user", new byte[] {1}, "0".repeat(64), new byte[] {2}, new byte[] {3}, at);
    }

    private static Tender published() {
        Tender tender = new Tender("authority", "officer", TenderDraft.of(Json.createObjectBuilder()
                .add("questionsDeadline", NOW.plusSeconds(3600).toString())
                .add("submissionDeadline", NOW.plusSeconds(7200).toString())
                .build()), NOW.minusSeconds(3600));
        tender.publish("TND-TEST", NOW.minusSeconds(1800));
        return tender;
    }
}
