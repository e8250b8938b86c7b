package eu.egov.gateway.load;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Scenario 2: {@code bidders} firms across {@code tenders} calls for tenders that all close in the
 * same minute, each firm uploading a {@code bidBytes} offer and its bid within the last
 * {@code windowSeconds} before the deadline, more of them the nearer the deadline (the start times'
 * density rises linearly to it). Every bid that started before the deadline must be acknowledged
 * or clearly refused; afterwards each firm's acknowledged bid is looked up again, so none is lost.
 */
final class DeadlineRush {

    private final String base;
    private final int tenders = Options.integer("tenders", 20);
    private final int bidders = Options.integer("bidders", 200);
    private final int bidBytes = Options.integer("bidBytes", 5 * 1024 * 1024);
    private final int windowSeconds = Options.integer("windowSeconds", 60);

    private final Latencies acknowledged = new Latencies();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger startedLate = new AtomicInteger();
    private final Map<String, Integer> refusals = new ConcurrentHashMap<>();
    private final Map<Integer, String> receipts = new ConcurrentHashMap<>();

    DeadlineRush(String base) {
        this.base = base;
    }

    Report run(ServerWatch watch) {
        Tenders.boardReady(base);
        Gateway officer = Gateway.signedIn(base, "paul", "paul-demo", 2);
        List<Gateway> firms = Firms.signIn(base, bidders, 2);
        byte[] offer = Pdfs.of("Offer", bidBytes);
        Instant deadline = Instant.now().plusSeconds(windowSeconds + 5L + tenders / 2).truncatedTo(ChronoUnit.SECONDS);
        List<String> references = new ArrayList<>();
        for (int i = 0; i < tenders; i++) {
            references.add(Tenders.publish(officer, "Deadline rush " + (i + 1), deadline)[1]);
        }
        Instant windowStart = deadline.minusSeconds(windowSeconds);
        System.out.printf("%d tenders close at %s; %d bids of %d bytes start from %s%n", tenders, deadline, bidders,
                offer.length, windowStart);

        ScheduledExecutorService pool = Executors.newScheduledThreadPool(bidders);
        Random random = new Random(6);
        sleepUntil(windowStart);
        watch.start();
        for (int i = 0; i < bidders; i++) {
            int bidder = i;
            long delay = Duration.between(Instant.now(), windowStart).toMillis()
                    + (long) (windowSeconds * 1000 * Math.sqrt(random.nextDouble()));
            pool.schedule(() -> bid(firms.get(bidder), bidder, references.get(bidder % tenders), offer, deadline),
                    Math.max(0, delay), TimeUnit.MILLISECONDS);
        }
        pool.shutdown();
        Parallel.awaitQuietly(pool);
        Map<String, Object> server = watch.stop();

        int lost = 0;
        for (Map.Entry<Integer, String> receipt : receipts.entrySet()) {
            Gateway.Reply mine = firms.get(receipt.getKey()).get("/api/public/tenders/"
                    + references.get(receipt.getKey() % tenders) + "/bids/mine");
            if (mine.status() != 200 || !mine.text().contains(receipt.getValue())) {
                lost++;
            }
        }
        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put("acknowledged", acknowledged.count());
        outcome.put("refused", refused.get());
        outcome.put("failed (no clear answer)", failed.get());
        outcome.put("started after the deadline", startedLate.get());
        outcome.put("acknowledged but not found afterwards", lost);
        outcome.put("refusals by type", refusals.toString());
        double p99 = acknowledged.percentileMillis(99);
        long heap = ((Number) server.get("serverPeakHeapMiB")).longValue();
        return new Report("deadline", "Scenario 2: deadline rush")
                .parameter("tenders", tenders).parameter("bidders", bidders).parameter("offer bytes", offer.length)
                .parameter("window seconds", windowSeconds)
                .target("every bid started before the deadline acknowledged or clearly refused",
                        failed.get() + " without a clear answer", failed.get() == 0)
                .target("none lost", lost + " acknowledged bids not found afterwards", lost == 0)
                .target("p99 acknowledgement < 5 s", Latencies.round(p99) + " ms", p99 < 5000)
                .target("server heap < 1 GiB", heap + " MiB peak used (-Xmx1g)", heap < 1024)
                .figures("outcome", outcome)
                .figures("acknowledgement (upload offer + POST bid)", acknowledged.figures())
                .figures("server", server);
    }

    private void bid(Gateway firm, int bidder, String reference, byte[] offer, Instant deadline) {
        long start = System.nanoTime();
        if (!Instant.now().isBefore(deadline)) {
            startedLate.incrementAndGet();
        }
        try {
            Gateway.Reply reply = Tenders.bid(firm, reference, offer, BigDecimal.valueOf(100000 + bidder));
            long end = System.nanoTime();
            if (reply.status() == 201) {
                acknowledged.add(start, end);
                receipts.put(bidder, reply.json().getString("sha256"));
            } else if (reply.status() >= 400 && reply.status() < 500
                    && reply.header("Content-Type") != null && reply.header("Content-Type").contains("problem+json")) {
                refused.incrementAndGet();
                refusals.merge(reply.json().getString("type", "?"), 1, Integer::sum);
            } else {
                failed.incrementAndGet();
                System.err.println("bid " + bidder + ": " + reply.toString().substring(0, Math.min(300, reply.toString().length())));
            }
        } catch (RuntimeException e) {
            failed.incrementAndGet();
            System.err.println("bid " + bidder + ": " + e);
        }
    }

    static void sleepUntil(Instant when) {
        long millis = Duration.between(Instant.now(), when).toMillis();
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
