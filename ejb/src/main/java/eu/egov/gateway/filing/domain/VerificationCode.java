package eu.egov.gateway.filing.domain;

import java.util.HexFormat;
import java.util.Locale;

/**
 * The code printed on receipts for anyone to check them: the first 80 bits of the submission's
 * SHA-256 in Crockford's Base32 (no I, L, O, U, so it survives being read aloud or retyped),
 * in four groups of four.
 */
public final class VerificationCode {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int BYTES = 10;

    private VerificationCode() {
    }

    public static String of(String sha256Hex) {
        byte[] digest = HexFormat.of().parseHex(sha256Hex);
        StringBuilder code = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (int i = 0; i < BYTES; i++) {
            buffer = (buffer << 8) | (digest[i] & 0xff);
            bits += 8;
            while (bits >= 5) {
                bits -= 5;
                code.append(ALPHABET.charAt((buffer >> bits) & 0x1f));
            }
        }
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8, 12) + "-" + code.substring(12, 16);
    }

    /** The code as a person may type it: any case, with or without dashes, O for 0, I and L for 1. */
    public static String normalise(String typed) {
        String compact = typed.toUpperCase(Locale.ROOT).replace("-", "").replace(" ", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
        if (compact.length() != 16) {
            return compact;
        }
        return compact.substring(0, 4) + "-" + compact.substring(4, 8) + "-" + compact.substring(8, 12) + "-" + compact.substring(12, 16);
    }
}
