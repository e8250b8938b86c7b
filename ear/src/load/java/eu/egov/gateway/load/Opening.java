package eu.egov.gateway.load;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Scenario 3: {@code bids} bids with a {@code bidBytes} offer each on one call for tenders; after
 * the deadline two of the three board members enter their passphrases. Measured: from the second
 * passphrase's request to the signed opening report in hand.
 */
final class Opening {

    private final String base;
    private final int bids = Options.integer("bids", 100);
    private final int bidBytes = Options.integer("bidBytes", 5 * 1024 * 1024);
    private final int concurrency = Options.integer("concurrency", 8);

    Opening(String base) {
        this.base = base;
    }

    Report run(ServerWatch watch) {
        Tenders.boardReady(base);
        Gateway officer = Gateway.signedIn(base, "paul", "paul-demo", 2);
        List<Gateway> firms = Firms.signIn(base, bids, 1);
        byte[] offer = Pdfs.of("Offer", bidBytes);
        // time enough to upload every bid at a modest 10 MB/s, and a margin
        long seconds = 20 + (long) bids * bidBytes / 10_000_000L;
        Instant deadline = Instant.now().plusSeconds(seconds).truncatedTo(ChronoUnit.SECONDS);
        String[] tender = Tenders.publish(officer, "Opening benchmark", deadline);
        System.out.printf("%d bids of %d bytes on %s, closing at %s%n", bids, offer.length, tender[1], deadline);
        Latencies bidding = new Latencies();
        Parallel.forEach(IntStream.range(0, bids).boxed().toList(), concurrency, i -> {
            long start = System.nanoTime();
            Gateway.Reply reply = Tenders.bid(firms.get(i), tender[1], offer, BigDecimal.valueOf(100000 + i));
            if (reply.status() != 201) {
                throw new IllegalStateException("bid " + i + " refused: " + reply);
            }
            bidding.add(start, System.nanoTime());
        });
        DeadlineRush.sleepUntil(deadline.plusSeconds(1));

        Gateway first = Gateway.signedIn(base, "olga", "olga-demo", 1);
        Gateway second = Gateway.signedIn(base, "omar", "omar-demo", 1);
        enter(first, tender[0], "olga");
        watch.start();
        long start = System.nanoTime();
        JsonObject opened = enter(second, tender[0], "omar").json();
        long openedAt = System.nanoTime();
        Gateway.Reply report = officer.get("/api/tenders/" + tender[0] + "/opening/report");
        long reportAt = System.nanoTime();
        Map<String, Object> server = watch.stop();

        long matching = opened.getJsonArray("bids").getValuesAs(JsonObject.class).stream()
                .filter(bid -> bid.getBoolean("matchesReceipt", false)).count();
        double total = (reportAt - start) / 1e6;
        Map<String, Object> timings = new LinkedHashMap<>();
        timings.put("secondPassphraseToOpenedMillis", Latencies.round((openedAt - start) / 1e6));
        timings.put("reportMillis", Latencies.round((reportAt - openedAt) / 1e6));
        timings.put("totalMillis", Latencies.round(total));
        timings.put("status", opened.getString("status"));
        timings.put("bidsMatchingTheirReceipts", matching + " of " + bids);
        timings.put("reportBytes", report.body().length);
        return new Report("opening", "Scenario 3: opening")
                .parameter("bids", bids).parameter("offer bytes", offer.length).parameter("upload concurrency", concurrency)
                .target("last passphrase → signed opening report < 30 s", Latencies.round(total / 1000) + " s",
                        total < 30_000 && report.status() == 200 && matching == bids)
                .figures("opening", timings)
                .figures("bidding (unmeasured, upload offer + POST bid)", bidding.figures())
                .figures("server", server);
    }

    private static Gateway.Reply enter(Gateway member, String tenderId, String name) {
        Gateway.Reply reply = member.post("/api/tenders/" + tenderId + "/opening",
                Json.createObjectBuilder().add("passphrase", Tenders.passphrase(name)).build());
        if (reply.status() != 200) {
            throw new IllegalStateException(name + "'s passphrase refused: " + reply);
        }
        return reply;
    }
}
