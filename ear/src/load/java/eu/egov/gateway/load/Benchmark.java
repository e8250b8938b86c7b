package eu.egov.gateway.load;

import java.nio.file.Path;

/**
 * The load generator of benchmarks/run: drives one scenario against a running gateway and writes
 * its report. Started by the script, which passes the server's URL and process id.
 */
public final class Benchmark {

    private Benchmark() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: Benchmark filing|deadline|opening|queue");
        }
        String base = Options.text("url", "http://localhost:8080");
        long pid = Long.parseLong(Options.text("pid", "0"));
        Report report;
        try (ServerWatch watch = new ServerWatch(pid)) {
            report = switch (args[0]) {
                case "filing" -> new FilingRush(base).run(watch);
                case "deadline" -> new DeadlineRush(base).run(watch);
                case "opening" -> new Opening(base).run(watch);
                case "queue" -> new CaseQueue(base).run(watch);
                default -> throw new IllegalArgumentException("no scenario " + args[0]);
            };
        }
        report.write(Path.of(Options.text("results", "benchmarks/results")), Path.of(Options.text("markdown", "BENCHMARKS.md")),
                Options.text("command", "benchmarks/run " + args[0]));
        System.exit(0);
    }
}
