package eu.egov.gateway.web.api;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the file name a client gave in a Content-Disposition header (RFC 6266), if any. */
final class ContentDisposition {

    private static final Pattern EXTENDED = Pattern.compile("filename\\*\\s*=\\s*UTF-8''([^;]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PLAIN = Pattern.compile("filename\\s*=\\s*\"?([^\";]+)\"?", Pattern.CASE_INSENSITIVE);

    private ContentDisposition() {
    }

    static String fileName(String header) {
        if (header == null) {
            return null;
        }
        Matcher extended = EXTENDED.matcher(header);
        if (extended.find()) {
            return URLDecoder.decode(extended.group(1).strip(), StandardCharsets.UTF_8);
        }
        Matcher plain = PLAIN.matcher(header);
        return plain.find() ? plain.group(1).strip() : null;
    }
}
