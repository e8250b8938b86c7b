package eu.egov.gateway.procurement.application;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The Common Procurement Vocabulary (Regulation (EC) No 213/2008): its 9,454 codes, eight digits
 * without the check digit, with their English labels, read once from procurement/cpv-2008-en.csv.
 */
@ApplicationScoped
public class CpvCatalogue {

    private static final String SOURCE = "procurement/cpv-2008-en.csv";

    private Map<String, String> labels;

    @PostConstruct
    void load() {
        Map<String, String> read = new LinkedHashMap<>();
        try (InputStream in = CpvCatalogue.class.getClassLoader().getResourceAsStream(SOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SOURCE + " is missing");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            lines.readLine();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int comma = line.indexOf(',');
                String label = line.substring(comma + 1);
                // labels with a comma are quoted, as CSV does
                if (label.startsWith("\"") && label.endsWith("\"")) {
                    label = label.substring(1, label.length() - 1).replace("\"\"", "\"");
                }
                read.put(line.substring(0, comma), label);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        labels = Map.copyOf(read);
    }

    public boolean exists(String code) {
        return labels.containsKey(code);
    }

    public Optional<String> label(String code) {
        return Optional.ofNullable(labels.get(code));
    }

    /** Codes whose code starts with, or whose label contains, what was typed; by code. */
    public List<Map.Entry<String, String>> search(String typed, int limit) {
        String query = typed.strip().toLowerCase(Locale.ROOT);
        return labels.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith(query) || entry.getValue().toLowerCase(Locale.ROOT).contains(query))
                .sorted(Map.Entry.comparingByKey())
                .limit(limit)
                .toList();
    }
}
