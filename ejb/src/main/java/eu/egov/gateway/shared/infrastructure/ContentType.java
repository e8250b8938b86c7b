package eu.egov.gateway.shared.infrastructure;

import java.util.Arrays;
import java.util.Optional;

/**
 * Recognises an upload's type by its first bytes, never by its name or the client's word: a file
 * called statutes.pdf that is not a PDF is not a PDF.
 */
final class ContentType {

    static final int HEAD_BYTES = 8;

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

    private ContentType() {
    }

    static Optional<String> detect(byte[] head) {
        if (startsWith(head, PDF)) {
            return Optional.of("application/pdf");
        }
        if (startsWith(head, PNG)) {
            return Optional.of("image/png");
        }
        if (startsWith(head, JPEG)) {
            return Optional.of("image/jpeg");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}
