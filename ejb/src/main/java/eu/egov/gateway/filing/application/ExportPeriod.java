package eu.egov.gateway.filing.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import eu.egov.gateway.shared.domain.FieldViolation;
import eu.egov.gateway.shared.domain.ProblemType;
import eu.egov.gateway.shared.domain.Rejection;
import eu.egov.gateway.shared.infrastructure.SchemaCheck;

/**
 * The days of submission an export covers, both included, in UTC as the gateway's time-stamps are; either end
 * may be left open.
 */
public record ExportPeriod(Instant from, Instant until) {

    private static final Instant OPEN_START = Instant.EPOCH;
    private static final Instant OPEN_END = LocalDate.of(9999, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);

    /** From the query's dates (YYYY-MM-DD, or empty); refused in the caller's language when they do not make one. */
    static ExportPeriod of(String from, String to, Locale language) {
        List<FieldViolation> violations = new ArrayList<>();
        LocalDate first = date(from, "from", language, violations);
        LocalDate last = date(to, "to", language, violations);
        if (violations.isEmpty() && first != null && last != null && last.isBefore(first)) {
            violations.add(new FieldViolation("/to", "to", SchemaCheck.wording("period.order", language)));
        }
        if (!violations.isEmpty()) {
            throw new Rejection(ProblemType.VALIDATION_FAILED, violations);
        }
        return new ExportPeriod(first == null ? OPEN_START : first.atStartOfDay().toInstant(ZoneOffset.UTC),
                last == null ? OPEN_END : last.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    private static LocalDate date(String value, String name, Locale language, List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            violations.add(new FieldViolation("/" + name, name, SchemaCheck.wording("format.date", language)));
            return null;
        }
    }
}
