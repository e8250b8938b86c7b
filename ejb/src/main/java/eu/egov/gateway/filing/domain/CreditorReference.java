package eu.egov.gateway.filing.domain;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An ISO 11649 structured creditor reference, such as RF18 5390 0754 7034: "RF", two check digits and a
 * reference of up to 21 letters and digits. The check digits are ISO 7064 MOD 97-10, as in an IBAN, so a
 * bank (or the gateway, reading its statement) catches a mistyped reference.
 */
public record CreditorReference(String value) {

    private static final Pattern SHAPE = Pattern.compile("RF\\d{2}[0-9A-Z]{1,21}");
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    public CreditorReference {
        if (!SHAPE.matcher(value).matches() || remainder(value.substring(4) + value.substring(0, 4)) != 1) {
            throw new IllegalArgumentException("not an ISO 11649 creditor reference: " + value);
        }
    }

    /** The reference for a base of letters and digits; anything else in the base (dashes) is left out. */
    public static CreditorReference of(String base) {
        String compact = base.toUpperCase(Locale.ROOT).replaceAll("[^0-9A-Z]", "");
        int check = 98 - remainder(compact + "RF00");
        return new CreditorReference("RF" + (check < 10 ? "0" : "") + check + compact);
    }

    /** The reference a payer wrote, in print (groups of four) or electronic form; empty if it is not a valid one. */
    public static Optional<CreditorReference> parse(String written) {
        String compact = written == null ? "" : written.replace(" ", "").toUpperCase(Locale.ROOT);
        try {
            return Optional.of(new CreditorReference(compact));
        } catch (IllegalArgumentException invalid) {
            return Optional.empty();
        }
    }

    /** In groups of four, as printed for people to copy. */
    public String printed() {
        return value.replaceAll("(.{4})(?!$)", "$1 ");
    }

    /** Letters become two digits (A = 10 … Z = 35); the number's remainder modulo 97. */
    private static int remainder(String text) {
        StringBuilder digits = new StringBuilder();
        for (char c : text.toCharArray()) {
            digits.append(Character.digit(c, 36));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue();
    }

    @Override
    public String toString() {
        return value;
    }
}
