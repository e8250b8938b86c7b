package eu.egov.gateway.load;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** The latencies of one kind of operation, and its failures; thread-safe. */
final class Latencies {

    private long[] nanos = new long[1024];
    private int count;
    private int errors;
    private long first = Long.MAX_VALUE;
    private long last = Long.MIN_VALUE;

    synchronized void add(long startNanos, long endNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = endNanos - startNanos;
        first = Math.min(first, startNanos);
        last = Math.max(last, endNanos);
    }

    synchronized void error() {
        errors++;
    }

    synchronized int count() {
        return count;
    }

    synchronized int errors() {
        return errors;
    }

    /** Operations per second between the first start and the last end. */
    synchronized double throughput() {
        return count == 0 ? 0 : count / ((last - first) / 1e9);
    }

    synchronized double percentileMillis(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count) - 1;
        return sorted[Math.max(0, Math.min(count - 1, rank))] / 1e6;
    }

    /** The figures a report shows: count, errors, throughput, p50, p95, p99 and max in milliseconds. */
    Map<String, Object> figures() {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("count", count());
        figures.put("errors", errors());
        figures.put("throughputPerSecond", round(throughput()));
        figures.put("p50Millis", round(percentileMillis(50)));
        figures.put("p95Millis", round(percentileMillis(95)));
        figures.put("p99Millis", round(percentileMillis(99)));
        figures.put("maxMillis", round(percentileMillis(100)));
        return figures;
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
