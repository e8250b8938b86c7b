package eu.egov.gateway.web.api;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Lines of CSV as RFC 4180 has them (fields separated by commas, quoted when they hold a comma, a quote or a
 * line break, lines ended by CRLF), made safe to open in a spreadsheet: a field that a spreadsheet would take
 * for a formula (starting with =, +, -, @, a tab or a carriage return) is prefixed with an apostrophe, so that
 * a firm named "=HYPERLINK(…)" reads as text rather than running.
 */
final class Csv {

    private Csv() {
    }

    static String line(List<String> fields) {
        return fields.stream().map(Csv::field).collect(Collectors.joining(",", "", "\r\n"));
    }

    static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quoted = text.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
        return quoted ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
