package eu.egov.gateway.load;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Scenario 4: the clerk's queue over many cases (seeded by benchmarks/seed-cases.sql). The clerk
 * reads the first page, and pages deep into the queue, {@code requests} times each: by offset, and
 * as the queue's {@code next} link does, after the case that ends the page before.
 */
final class CaseQueue {

    private final String base;
    private final int requests = Options.integer("requests", 200);
    private final int concurrency = Options.integer("concurrency", 4);
    private final int deepOffset = Options.integer("deepOffset", 50_000);

    CaseQueue(String base) {
        this.base = base;
    }

    Report run(ServerWatch watch) {
        Gateway clerk = Gateway.signedIn(base, "claire", "claire-demo", concurrency);
        int warmup = Math.max(10, requests / 10);
        page(clerk, "offset=0", warmup, new Latencies());
        watch.start();
        Latencies first = new Latencies();
        page(clerk, "offset=0", requests, first);
        Latencies deep = new Latencies();
        page(clerk, "offset=" + deepOffset, requests, deep);
        Latencies after = new Latencies();
        page(clerk, "after=" + caseBefore(clerk, deepOffset), requests, after);
        var server = watch.stop();
        String cases = System.getProperty("bench.cases", "?");
        double worst = Math.max(first.percentileMillis(99), after.percentileMillis(99));
        return new Report("queue", "Scenario 4: the clerk's queue")
                .parameter("open cases", cases).parameter("requests per page", requests).parameter("concurrency", concurrency)
                .target("GET /api/cases answers < 100 ms (p99)",
                        Latencies.round(worst) + " ms (worse of the first page and the deep one by its next link)", worst < 100)
                .figures("first page (offset 0, limit 20)", first.figures())
                .figures("deep page (offset " + deepOffset + ", limit 20)", deep.figures())
                .figures("the same deep page by its next link (after the case at " + (deepOffset - 1) + ")", after.figures())
                .figures("server", server);
    }

    /** The reference of the case that ends the page before the one at this offset. */
    private static String caseBefore(Gateway clerk, int offset) {
        Matcher reference = Pattern.compile("\"reference\":\"([^\"]+)\"")
                .matcher(clerk.get("/api/cases?offset=" + (offset - 1) + "&limit=1").text());
        if (!reference.find()) {
            throw new IllegalStateException("no case at offset " + (offset - 1));
        }
        return reference.group(1);
    }

    private void page(Gateway clerk, String start, int count, Latencies latencies) {
        List<Integer> calls = IntStream.range(0, count).boxed().toList();
        Parallel.forEach(calls, concurrency, call -> {
            long started = System.nanoTime();
            Gateway.Reply reply = clerk.get("/api/cases?" + start + "&limit=20");
            if (reply.status() == 200 && reply.text().startsWith("[{")) {
                latencies.add(started, System.nanoTime());
            } else {
                latencies.error();
                System.err.println("queue: " + reply.toString().substring(0, Math.min(200, reply.toString().length())));
            }
        });
    }
}
