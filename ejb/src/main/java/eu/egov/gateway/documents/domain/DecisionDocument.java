package eu.egov.gateway.documents.domain;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * What the authority decided on a filing, or the certificate that its silence approved the filing. Optional texts
 * may be {@code null}: the decision then leaves that line out.
 */
public record DecisionDocument(Locale locale, String reference, Instant decidedAt,
        String authority, String organisation, String formTitle, Verdict verdict, String reason,
        String decidedBy, String verificationCode) {

    public enum Verdict {
        APPROVED, REJECTED,
        /** The legal deadline passed without a decision, and the law makes that an approval. */
        TACITLY_APPROVED
    }

    public DecisionDocument {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(verdict, "verdict");
    }
}
