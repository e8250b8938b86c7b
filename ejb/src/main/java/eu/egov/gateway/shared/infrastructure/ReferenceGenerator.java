package eu.egov.gateway.shared.infrastructure;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Human-readable references such as FIL-2026-7K3M-9QXD: a kind, the year, then 40 random bits in
 * Crockford's Base32. Random rather than counted, so that no submission waits on a shared counter;
 * the database's unique constraint catches the one-in-a-trillion collision.
 */
@ApplicationScoped
public class ReferenceGenerator {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private final SecureRandom random = new SecureRandom();

    /** A new reference of the kind given, e.g. "FIL" for filings or "TND" for tenders. */
    public String next(String kind, Instant now) {
        StringBuilder reference = new StringBuilder(kind).append('-').append(Year.from(now.atOffset(ZoneOffset.UTC))).append('-');
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                reference.append('-');
            }
            reference.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return reference.toString();
    }
}
