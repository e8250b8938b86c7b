package eu.egov.gateway.load;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;

/**
 * What a scenario measured: its figures, each target with whether it was met, the machine and
 * the command. Written as JSON under the results folder and as a section of BENCHMARKS.md, which
 * replaces the section of the scenario's previous run.
 */
final class Report {

    private final String scenario;
    private final String title;
    private final Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> figures = new LinkedHashMap<>();
    private final List<String[]> targets = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    Report(String scenario, String title) {
        this.scenario = scenario;
        this.title = title;
    }

    Report parameter(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    Report figures(String group, Map<String, Object> values) {
        figures.put(group, values);
        return this;
    }

    /** A target, what was measured against it, and whether it was met. */
    Report target(String target, String measured, boolean met) {
        targets.add(new String[] {target, measured, met ? "met" : "missed"});
        return this;
    }

    Report note(String note) {
        notes.add(note);
        return this;
    }

    void write(Path results, Path markdown, String command) {
        try {
            Files.createDirectories(results);
            Path json = results.resolve(scenario + "-" + at.toString().replace(":", "") + ".json");
            Files.writeString(json, json(command), StandardCharsets.UTF_8);
            String section = markdown(command, json.getFileName().toString());
            String begin = "<!-- results:" + scenario + " -->";
            String end = "<!-- /results:" + scenario + " -->";
            String text = Files.exists(markdown) ? Files.readString(markdown, StandardCharsets.UTF_8) : "# Benchmarks\n";
            int from = text.indexOf(begin);
            int to = text.indexOf(end);
            String block = begin + "\n" + section + end;
            text = from >= 0 && to > from
                    ? text.substring(0, from) + block + text.substring(to + end.length())
                    : text + "\n" + block + "\n";
            Files.writeString(markdown, text, StandardCharsets.UTF_8);
            System.out.println(section);
            System.out.println("written to " + json + " and " + markdown);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String json(String command) {
        JsonObjectBuilder root = Json.createObjectBuilder()
                .add("scenario", scenario)
                .add("at", at.toString())
                .add("command", command)
                .add("machine", object(Machine.describe()))
                .add("parameters", object(parameters));
        JsonObjectBuilder groups = Json.createObjectBuilder();
        figures.forEach((group, values) -> groups.add(group, object(values)));
        root.add("figures", groups);
        var targetArray = Json.createArrayBuilder();
        targets.forEach(t -> targetArray.add(Json.createObjectBuilder().add("target", t[0]).add("measured", t[1]).add("result", t[2])));
        root.add("targets", targetArray);
        var noteArray = Json.createArrayBuilder();
        notes.forEach(noteArray::add);
        root.add("notes", noteArray);
        StringWriter out = new StringWriter();
        try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            writer.write(root.build());
        }
        return out + "\n";
    }

    private String markdown(String command, String jsonFile) {
        StringBuilder md = new StringBuilder();
        md.append("### ").append(title).append(" — last run ").append(at).append("\n\n");
        md.append("`").append(command).append("`  \n");
        Map<String, Object> machine = Machine.describe();
        md.append("Machine: ").append(machine.get("cores")).append(" cores, ").append(machine.get("memoryGiB"))
                .append(" GiB, ").append(machine.get("cpu")).append("; load average before ")
                .append(figureOf("server", "loadAverageBefore")).append(", after ")
                .append(figureOf("server", "loadAverageAfter")).append(". Figures: `benchmarks/results/")
                .append(jsonFile).append("`.\n\n");
        if (!parameters.isEmpty()) {
            md.append("Parameters: ");
            List<String> list = new ArrayList<>();
            parameters.forEach((k, v) -> list.add(k + " " + v));
            md.append(String.join(", ", list)).append(".\n\n");
        }
        md.append("| target | measured | |\n|---|---|---|\n");
        targets.forEach(t -> md.append("| ").append(t[0]).append(" | ").append(t[1]).append(" | ").append(t[2]).append(" |\n"));
        md.append("\n| figures | |\n|---|---|\n");
        figures.forEach((group, values) -> md.append("| ").append(group).append(" | ").append(inline(values)).append(" |\n"));
        md.append("\n");
        notes.forEach(note -> md.append("- ").append(note).append("\n"));
        if (!notes.isEmpty()) {
            md.append("\n");
        }
        return md.toString();
    }

    private Object figureOf(String group, String name) {
        return figures.getOrDefault(group, Map.of()).get(name);
    }

    private static String inline(Map<String, Object> values) {
        List<String> parts = new ArrayList<>();
        values.forEach((k, v) -> parts.add(k + " " + v));
        return String.join(", ", parts);
    }

    private static JsonObjectBuilder object(Map<String, Object> values) {
        JsonObjectBuilder builder = Json.createObjectBuilder();
        values.forEach((k, v) -> {
            if (v instanceof Integer i) {
                builder.add(k, i);
            } else if (v instanceof Long l) {
                builder.add(k, l);
            } else if (v instanceof Double d) {
                builder.add(k, Double.isNaN(d) ? JsonValue.NULL : Json.createValue(d));
            } else if (v instanceof Boolean b) {
                builder.add(k, b);
            } else {
                builder.add(k, String.valueOf(v));
            }
        });
        return builder;
    }
}
