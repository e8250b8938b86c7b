package eu.egov.gateway.shared.infrastructure;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The gateway's configuration. WildFly's CLI script turns environment variables into these system
 * properties (see ear/src/main/scripts/configure-server.cli), so this is the one place that reads them.
 */
public final class Settings {

    private Settings() {
    }

    /** Demo mode seeds demo organisations, users and passwords; never on in production. */
    public static boolean demo() {
        return Boolean.parseBoolean(System.getProperty("gateway.demo", "false"));
    }

    /** Where the gateway keeps its files (attachments, development keys). */
    public static Path dataDirectory() {
        String configured = System.getProperty("gateway.data.dir");
        if (configured == null || configured.isBlank()) {
            configured = System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")) + "/gateway";
        }
        return Path.of(configured);
    }

    /** The PKCS#12 key store with the seal and time-stamp keys; empty for the development one. */
    public static Optional<Path> keyStore() {
        String configured = System.getProperty("gateway.keystore.path", "").strip();
        return configured.isEmpty() ? Optional.empty() : Optional.of(Path.of(configured));
    }

    public static String keyStorePassword() {
        return System.getProperty("gateway.keystore.password", "");
    }

    /** Where the public reaches the gateway, as printed on receipts for verification. */
    public static String publicUrl() {
        String url = System.getProperty("gateway.public-url", "http://localhost:8080");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The largest attachment the gateway accepts, whatever a form allows. */
    public static long uploadMaxBytes() {
        return Long.parseLong(System.getProperty("gateway.upload.max-bytes", String.valueOf(25L * 1024 * 1024)));
    }

    /** The largest file sent with a message between a firm and an authority; never above {@link #uploadMaxBytes()}. */
    public static long messageAttachmentMaxBytes() {
        return Math.min(uploadMaxBytes(), Long.parseLong(System.getProperty("gateway.message.attachment.max-bytes",
                String.valueOf(10L * 1024 * 1024))));
    }

    /** The first wait before a failed webhook delivery is tried again; later waits are multiples of it. */
    public static Duration webhookRetryBase() {
        return Duration.ofSeconds(Long.parseLong(System.getProperty("gateway.webhooks.retry-base-seconds", "10")));
    }

    /**
     * Networks (CIDR, comma-separated) that webhooks may be sent to although they are not public, such as
     * 127.0.0.1/32 on a development machine; none by default.
     */
    public static List<String> webhookAllowedNetworks() {
        return Arrays.stream(System.getProperty("gateway.webhooks.allowed-networks", "").split(","))
                .map(String::strip).filter(network -> !network.isEmpty()).toList();
    }

    /** The account firms pay fees to, and whose bank statements the finance staff import. */
    public static String feeAccountIban() {
        return System.getProperty("gateway.fees.iban", "BE71096123456769").replace(" ", "");
    }

    /** The largest bank statement (camt.053) the gateway reads. */
    public static long statementMaxBytes() {
        return Long.parseLong(System.getProperty("gateway.statements.max-bytes", String.valueOf(10L * 1024 * 1024)));
    }
}
