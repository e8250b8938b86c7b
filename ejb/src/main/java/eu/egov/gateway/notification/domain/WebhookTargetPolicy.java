package eu.egov.gateway.notification.domain;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the gateway may send webhooks. A subscription names a URL, and the gateway then makes requests to it
 * from inside the authority's network: left unchecked, that would let an administrator's typo or a hostile
 * subscription reach the gateway's own management interface, cloud metadata services or intranet hosts. So a
 * target must be HTTPS to public addresses only, with no credentials in the URL. Networks listed by
 * configuration (a development machine's loopback, a back-office on the intranet) are allowed besides, over
 * HTTP as well, since such receivers seldom carry a certificate the gateway would trust.
 */
public final class WebhookTargetPolicy {

    public static final int MAX_URL_LENGTH = 2000;

    // loopback, private, shared (CGNAT), link-local, multicast, reserved and "this network" blocks
    private static final List<Network> NOT_PUBLIC = Stream.of(
            "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
            "192.0.0.0/24", "192.168.0.0/16", "198.18.0.0/15", "224.0.0.0/4", "240.0.0.0/4",
            "::/96", "fc00::/7", "fe80::/10", "ff00::/8").map(Network::parse).toList();

    /** Why a URL cannot receive webhooks; the key names the reason's wording for people. */
    public enum Refusal {
        MALFORMED("webhook.url.malformed"),
        SCHEME("webhook.url.scheme"),
        CREDENTIALS("webhook.url.credentials"),
        UNRESOLVED("webhook.url.unresolved"),
        NOT_PUBLIC("webhook.url.not-public");

        private final String key;

        Refusal(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private final List<Network> allowed;

    public WebhookTargetPolicy(List<Network> allowed) {
        this.allowed = List.copyOf(allowed);
    }

    /** The URL, if it is one the gateway could send to at all, before its host is looked up. */
    public static Optional<URI> parse(String url) {
        if (url == null || url.isBlank() || url.length() > MAX_URL_LENGTH) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url.strip());
            boolean usable = uri.isAbsolute() && !uri.isOpaque() && uri.getHost() != null && uri.getFragment() == null;
            return usable ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** What the URL's form alone rules out. */
    public Optional<Refusal> refusalOf(URI url) {
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return Optional.of(Refusal.SCHEME);
        }
        if (url.getRawUserInfo() != null) {
            return Optional.of(Refusal.CREDENTIALS);
        }
        return Optional.empty();
    }

    /** What rules out the URL once its host is resolved to these addresses (every one of them must pass). */
    public Optional<Refusal> refusalOf(URI url, InetAddress... addresses) {
        Optional<Refusal> byForm = refusalOf(url);
        if (byForm.isPresent()) {
            return byForm;
        }
        if (addresses.length == 0) {
            return Optional.of(Refusal.UNRESOLVED);
        }
        boolean allAllowed = Arrays.stream(addresses).allMatch(this::isAllowed);
        if (!allAllowed && Arrays.stream(addresses).anyMatch(WebhookTargetPolicy::isNotPublic)) {
            return Optional.of(Refusal.NOT_PUBLIC);
        }
        if (!allAllowed && !url.getScheme().equalsIgnoreCase("https")) {
            return Optional.of(Refusal.SCHEME);
        }
        return Optional.empty();
    }

    private boolean isAllowed(InetAddress address) {
        return allowed.stream().anyMatch(network -> network.contains(address));
    }

    private static boolean isNotPublic(InetAddress address) {
        return NOT_PUBLIC.stream().anyMatch(network -> network.contains(address));
    }
}
