package eu.egov.gateway.documents.domain;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * What the authority decided on a filing. Optional texts may be {@code null}: the decision then leaves that line
 * out.
 */
public record DecisionDocument(Locale locale, String reference, Instant decidedAt,
        String authority, String organisation, String formTitle, boolean approved, String reason,
        String decidedBy, String verificationCode) {

    public DecisionDocument {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(decidedAt, "decidedAt");
    }
}
