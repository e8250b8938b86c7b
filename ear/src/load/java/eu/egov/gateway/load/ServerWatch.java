package eu.egov.gateway.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Watches the server's process while a scenario runs: its heap through {@code jstat} every half
 * second (the peak of used heap, young and old), its CPU time and the whole machine's from /proc.
 */
final class ServerWatch implements AutoCloseable {

    // USER_HZ, the unit of /proc's CPU times: 100 on Linux whatever the kernel's own tick
    private static final double CLOCK_TICKS = 100.0;

    private final long pid;
    private final Process jstat;
    private final Thread reader;
    private volatile long peakHeapBytes;
    private volatile long peakOldBytes;
    private long startNanos;
    private long startMillis;
    private long startServerTicks;
    private long[] startMachine;
    private String loadBefore;
    private Map<String, Object> figures;

    ServerWatch(long pid) {
        this.pid = pid;
        try {
            jstat = new ProcessBuilder("jstat", "-gc", String.valueOf(pid), "500").redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException("jstat is needed to watch the server's heap", e);
        }
        reader = new Thread(this::readHeap, "jstat");
        reader.setDaemon(true);
        reader.start();
    }

    /** From here on the CPU is counted: call when the measured part of a scenario starts. */
    void start() {
        startNanos = System.nanoTime();
        startMillis = System.currentTimeMillis();
        startServerTicks = serverTicks();
        startMachine = machineTicks();
        loadBefore = loadAverage();
        peakHeapBytes = 0;
        peakOldBytes = 0;
    }

    /** Ends the count: the server's mean CPU (in cores), the machine's busy share, the peak heap. */
    Map<String, Object> stop() {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        writeWindow(startMillis, System.currentTimeMillis());
        long[] machine = machineTicks();
        long busy = 0;
        long all = 0;
        for (int i = 0; i < machine.length; i++) {
            long delta = machine[i] - startMachine[i];
            all += delta;
            // user, nice, system, irq, softirq, steal; not idle (3) nor iowait (4)
            if (i != 3 && i != 4) {
                busy += delta;
            }
        }
        figures = new LinkedHashMap<>();
        figures.put("serverCpuCores", Math.round((serverTicks() - startServerTicks) / CLOCK_TICKS / seconds * 100) / 100.0);
        figures.put("machineCpuBusyPercent", Latencies.round(all == 0 ? 0 : 100.0 * busy / all));
        figures.put("serverPeakHeapMiB", peakHeapBytes / (1024 * 1024));
        figures.put("serverPeakOldGenMiB", peakOldBytes / (1024 * 1024));
        figures.put("loadAverageBefore", loadBefore);
        figures.put("loadAverageAfter", loadAverage());
        return figures;
    }

    @Override
    public void close() {
        jstat.destroy();
    }

    // For benchmarks/hot-methods: the profile of the measured part alone, not of the start, seeding and warm-up.
    private static void writeWindow(long fromMillis, long untilMillis) {
        String file = Options.text("window", "");
        if (!file.isEmpty()) {
            try {
                Files.writeString(Path.of(file), fromMillis + " " + untilMillis + "\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void readHeap() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(jstat.getInputStream(), StandardCharsets.US_ASCII))) {
            List<String> header = null;
            String line;
            while ((line = lines.readLine()) != null) {
                List<String> columns = Arrays.asList(line.trim().split("\\s+"));
                if (columns.contains("EU")) {
                    header = columns;
                } else if (header != null && columns.size() == header.size()) {
                    double old = kib(columns, header, "OU");
                    double used = kib(columns, header, "S0U") + kib(columns, header, "S1U") + kib(columns, header, "EU") + old;
                    peakHeapBytes = Math.max(peakHeapBytes, (long) (used * 1024));
                    peakOldBytes = Math.max(peakOldBytes, (long) (old * 1024));
                }
            }
        } catch (IOException | NumberFormatException ignored) {
            // the watch ends with the process; what was read so far stands
        }
    }

    private static double kib(List<String> columns, List<String> header, String name) {
        return Double.parseDouble(columns.get(header.indexOf(name)));
    }

    private long serverTicks() {
        String stat = read(Path.of("/proc", String.valueOf(pid), "stat"));
        // the command name may hold spaces: count fields from its closing parenthesis
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    private static long[] machineTicks() {
        String[] fields = read(Path.of("/proc/stat")).lines().findFirst().orElseThrow().trim().split("\\s+");
        return Arrays.stream(fields, 1, Math.min(fields.length, 9)).mapToLong(Long::parseLong).toArray();
    }

    static String loadAverage() {
        String[] fields = read(Path.of("/proc/loadavg")).split(" ");
        return fields[0] + " " + fields[1] + " " + fields[2];
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
