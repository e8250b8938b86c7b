package eu.egov.gateway.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Scenario 1: many firms submit a small filing (one 100 KiB attachment). The drafts are made and
 * their attachments uploaded first; then {@code concurrency} workers submit them in a closed loop,
 * the first {@code warmup} unmeasured. After each acknowledgement the receipt is fetched (polled
 * until it is there) on a separate pool, so that waiting for it does not slow the submissions.
 */
final class FilingRush {

    private static final String FORM = "business-activity-change";
    private static final long RECEIPT_DEADLINE_NANOS = 2_000_000_000L;

    private final String base;
    private final int firms = Options.integer("firms", 20);
    private final int concurrency = Options.integer("concurrency", 20);
    private final int warmup = Options.integer("warmup", 200);
    private final int count = Options.integer("count", 1000);
    private final int attachmentBytes = Options.integer("attachmentBytes", 100 * 1024);

    private final Latencies preparation = new Latencies();
    private final Latencies acknowledgements = new Latencies();
    private final Latencies receipts = new Latencies();
    private final AtomicInteger receiptsInTime = new AtomicInteger();

    FilingRush(String base) {
        this.base = base;
    }

    Report run(ServerWatch watch) {
        List<Gateway> applicants = Firms.signIn(base, firms, concurrency);
        byte[] attachment = Pdfs.of("Statuts modifies", attachmentBytes);
        List<Draft> drafts = new ArrayList<>();
        IntStream.range(0, warmup + count).forEach(i -> drafts.add(new Draft(applicants.get(i % firms))));
        System.out.printf("preparing %d drafts with a %d-byte attachment%n", drafts.size(), attachment.length);
        Parallel.forEach(drafts, concurrency, draft -> draft.prepare(attachment));

        System.out.printf("warm-up: %d submissions%n", warmup);
        ExecutorService receiptPool = Executors.newFixedThreadPool(concurrency);
        Parallel.forEach(drafts.subList(0, warmup), concurrency, draft -> submit(draft, null, receiptPool));

        System.out.printf("measuring: %d submissions by %d workers%n", count, concurrency);
        watch.start();
        Parallel.forEach(drafts.subList(warmup, drafts.size()), concurrency, draft -> submit(draft, acknowledgements, receiptPool));
        receiptPool.shutdown();
        Parallel.awaitQuietly(receiptPool);
        Map<String, Object> server = watch.stop();

        Map<String, Object> receiptFigures = new LinkedHashMap<>(receipts.figures());
        receiptFigures.put("within2s", receiptsInTime.get());
        double ackRate = acknowledgements.throughput();
        double receiptRate = receiptsInTime.get() / Math.max(1e-9, acknowledgementSpanSeconds());
        return new Report("filing", "Scenario 1: filing rush")
                .parameter("firms", firms).parameter("concurrency", concurrency).parameter("warm-up", warmup)
                .parameter("measured submissions", count).parameter("attachment bytes", attachment.length)
                .target("acknowledgements ≥ 200/s", Latencies.round(ackRate) + "/s", ackRate >= 200)
                .target("acknowledgement p99 < 250 ms", Latencies.round(acknowledgements.percentileMillis(99)) + " ms",
                        acknowledgements.percentileMillis(99) < 250)
                .target("receipts within 2 s of the acknowledgement at ≥ 70/s", Latencies.round(receiptRate) + "/s ("
                        + receiptsInTime.get() + " of " + count + " within 2 s)", receiptRate >= 70)
                .target("no errors", acknowledgements.errors() + receipts.errors() + " errors",
                        acknowledgements.errors() + receipts.errors() == 0)
                .figures("acknowledgement (POST …/submission)", acknowledgements.figures())
                .figures("receipt (ack → GET …/receipt 200)", receiptFigures)
                .figures("preparation (draft + 100 KiB upload, unmeasured)", preparation.figures())
                .figures("server", server);
    }

    private double acknowledgementSpanSeconds() {
        return count / Math.max(1e-9, acknowledgements.throughput());
    }

    private void submit(Draft draft, Latencies measured, ExecutorService receiptPool) {
        long start = System.nanoTime();
        Gateway.Reply reply;
        try {
            reply = draft.applicant.post("/api/filings/" + draft.id + "/submission");
        } catch (RuntimeException e) {
            error(measured, "submission", e.toString());
            return;
        }
        long acknowledged = System.nanoTime();
        if (reply.status() != 201) {
            error(measured, "submission", reply.toString());
            return;
        }
        if (measured != null) {
            measured.add(start, acknowledged);
            receiptPool.execute(() -> awaitReceipt(draft, acknowledged));
        }
    }

    private void awaitReceipt(Draft draft, long acknowledged) {
        try {
            while (System.nanoTime() - acknowledged < 10 * RECEIPT_DEADLINE_NANOS) {
                Gateway.Reply reply = draft.applicant.get("/api/filings/" + draft.id + "/receipt");
                if (reply.status() == 200 && reply.body().length > 0) {
                    long now = System.nanoTime();
                    receipts.add(acknowledged, now);
                    if (now - acknowledged <= RECEIPT_DEADLINE_NANOS) {
                        receiptsInTime.incrementAndGet();
                    }
                    return;
                }
                Thread.sleep(50);
            }
            error(receipts, "receipt", "not there 20 s after the acknowledgement");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            error(receipts, "receipt", e.toString());
        }
    }

    private static void error(Latencies latencies, String what, String detail) {
        if (latencies != null) {
            latencies.error();
        }
        System.err.println(what + " failed: " + detail.substring(0, Math.min(300, detail.length())));
    }

    private final class Draft {

        private final Gateway applicant;
        private String id;

        Draft(Gateway applicant) {
            this.applicant = applicant;
        }

        void prepare(byte[] attachment) {
            long start = System.nanoTime();
            JsonObject created = applicant.post("/api/filings", Json.createObjectBuilder()
                    .add("form", FORM).add("data", data()).build()).json();
            id = created.getString("id");
            Gateway.Reply attached = applicant.post("/api/filings/" + id + "/attachments/statutes", "application/pdf",
                    attachment, "Content-Disposition", "attachment; filename=\"statutes.pdf\"");
            if (attached.status() != 201) {
                throw new IllegalStateException("attachment refused: " + attached);
            }
            preparation.add(start, System.nanoTime());
        }
    }

    private static JsonObject data() {
        return Json.createObjectBuilder()
                .add("effectiveDate", "2027-01-15")
                .add("currentActivityCode", "47.11")
                .add("newActivityCode", "56.10")
                .add("newActivityDescription", "Salon de thé et pâtisserie artisanale, vente à emporter")
                .add("premisesChange", false)
                .add("employees", 4)
                .add("declaration", true)
                .build();
    }
}
