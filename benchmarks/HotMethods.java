import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a JFR recording of the server spent its CPU, for the profile in BENCHMARKS.md: with a window file (the
 * measured part, written by the load generator) only that part counts, not the start, the seeding and the warm-up.
 * First who used the CPU (the JVM in cores; its request threads' and the JIT's compiler threads' shares of it),
 * then the top frames (self time) and the gateway's methods and library entry points (inclusive).
 * <pre>java benchmarks/HotMethods.java recording.jfr [window-file] [rows]</pre>
 */
public class HotMethods {

    private static final Pattern ENTRY_POINTS = Pattern.compile("eu\\.egov\\..*|org\\.apache\\.fop\\.apps\\..*"
            + "|org\\.apache\\.fop\\.fonts\\.LazyFont\\.load|org\\.bouncycastle\\.cms\\.CMS.*"
            + "|org\\.apache\\.pdfbox\\.pdmodel\\.PDDocument\\.save.*|java\\.util\\.ServiceLoader\\$3\\.hasNext"
            + "|org\\.camunda\\.bpm\\.engine\\.impl\\.interceptor\\.CommandContext\\.close"
            + "|org\\.eclipse\\.persistence\\.internal\\.sessions\\.RepeatableWriteUnitOfWork\\.commitRootUnitOfWork"
            + "|org\\.postgresql\\.core\\.v3\\.QueryExecutorImpl\\.execute|org\\.jboss\\.resteasy\\.core\\.SynchronousDispatcher\\.invoke");

    public static void main(String[] args) throws IOException {
        Path recording = Path.of(args[0]);
        Predicate<Instant> inWindow = args.length > 1 && !args[1].isEmpty() ? window(Path.of(args[1])) : at -> true;
        int rows = args.length > 2 ? Integer.parseInt(args[2]) : 25;

        List<RecordedEvent> events = new ArrayList<>();
        int cores = Runtime.getRuntime().availableProcessors();
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (event.getEventType().getName().equals("jdk.CPUInformation")) {
                cores = event.getInt("hwThreads");
            } else if (inWindow.test(event.getStartTime())) {
                events.add(event);
            }
        }
        List<RecordedEvent> samples = events.stream().filter(e -> is(e, "jdk.ExecutionSample")).toList();
        long truncated = samples.stream().filter(sample -> sample.getStackTrace().isTruncated()).count();
        System.out.printf("%s: %d execution samples%s, %d with their stacks cut off (inclusive shares undercount)%n%n",
                recording.getFileName(), samples.size(), args.length > 1 ? " in the measured part" : "", truncated);
        cpu(events, cores);
        System.out.println("\nTop frames (self time):");
        print(count(samples, frames -> Set.of(name(frames.get(0)))), samples.size(), rows);
        System.out.println("\nInclusive, gateway methods and library entry points (share of samples whose stack holds the frame):");
        print(count(samples, frames -> {
            Set<String> held = new HashSet<>();
            frames.stream().map(HotMethods::name)
                    .filter(name -> ENTRY_POINTS.matcher(name).matches() && !name.contains("$Proxy$") && !name.contains("$$Lambda"))
                    .forEach(held::add);
            return held;
        }), samples.size(), rows);
    }

    /** The JVM's CPU in cores (jdk.CPULoad), and how its threads shared it (jdk.ThreadCPULoad, relative shares only). */
    private static void cpu(List<RecordedEvent> events, int cores) {
        double jvm = events.stream().filter(e -> is(e, "jdk.CPULoad"))
                .mapToDouble(e -> e.getFloat("jvmUser") + e.getFloat("jvmSystem")).average().orElse(0) * cores;
        Map<String, List<Double>> perThread = new HashMap<>();
        for (RecordedEvent event : events) {
            if (is(event, "jdk.ThreadCPULoad") && event.getThread("eventThread") != null) {
                String thread = String.valueOf(event.getThread("eventThread").getJavaName());
                perThread.computeIfAbsent(thread, t -> new ArrayList<>()).add((double) event.getFloat("user") + event.getFloat("system"));
            }
        }
        Map<String, Double> groups = new HashMap<>();
        perThread.forEach((thread, loads) -> groups.merge(thread.replaceAll("[0-9]+", "#"),
                loads.stream().mapToDouble(Double::doubleValue).average().orElse(0), Double::sum));
        double threads = groups.values().stream().mapToDouble(Double::doubleValue).sum();
        double requests = groups.getOrDefault("default task-#", 0.0) / Math.max(1e-9, threads);
        double compiler = groups.getOrDefault("C# CompilerThread#", 0.0) / Math.max(1e-9, threads);
        double pauses = events.stream().filter(e -> is(e, "jdk.GarbageCollection"))
                .mapToDouble(e -> e.getDuration("sumOfPauses").toNanos() / 1e6).sum();
        long collections = events.stream().filter(e -> is(e, "jdk.GarbageCollection")).count();
        System.out.printf("CPU: the JVM %.2f of %d cores; of its threads' time, request threads %.0f %%, the JIT's compiler"
                + " threads %.0f %%, the others %.0f %%%n", jvm, cores, 100 * requests, 100 * compiler, 100 * (1 - requests - compiler));
        System.out.printf("Garbage collections: %d, pauses %.0f ms in all%n", collections, pauses);
    }

    private static Map<String, Integer> count(List<RecordedEvent> samples,
            Function<List<RecordedFrame>, Set<String>> keys) {
        Map<String, Integer> counts = new HashMap<>();
        for (RecordedEvent sample : samples) {
            List<RecordedFrame> frames = sample.getStackTrace().getFrames();
            if (!frames.isEmpty()) {
                keys.apply(frames).forEach(key -> counts.merge(key, 1, Integer::sum));
            }
        }
        return counts;
    }

    private static void print(Map<String, Integer> counts, int total, int rows) {
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(rows)
                .forEach(entry -> System.out.printf("%5.1f%%  %s%n", 100.0 * entry.getValue() / Math.max(1, total), entry.getKey()));
    }

    private static Predicate<Instant> window(Path file) throws IOException {
        String[] millis = Files.readString(file).trim().split("\\s+");
        Instant from = Instant.ofEpochMilli(Long.parseLong(millis[0]));
        Instant until = Instant.ofEpochMilli(Long.parseLong(millis[1]));
        System.out.printf("measured part: %s to %s (%d s)%n", from, until, Duration.between(from, until).toSeconds());
        return at -> !at.isBefore(from) && !at.isAfter(until);
    }

    private static boolean is(RecordedEvent event, String type) {
        return event.getEventType().getName().equals(type);
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }
}
