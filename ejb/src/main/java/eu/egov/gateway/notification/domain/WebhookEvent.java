package eu.egov.gateway.notification.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What an authority's back-office systems can subscribe to. The slug is the event's stable type on the wire. */
public enum WebhookEvent {
    /** A filing of one of the authority's forms was sealed and entered its queue. */
    FILING_SUBMITTED("filing.submitted"),
    /** The authority's signed decision on a filing was issued. */
    FILING_DECIDED("filing.decided");

    private final String slug;

    WebhookEvent(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public static Optional<WebhookEvent> bySlug(String slug) {
        return Arrays.stream(values()).filter(event -> event.slug.equals(slug)).findFirst();
    }

    public static List<String> slugs() {
        return Arrays.stream(values()).map(WebhookEvent::slug).toList();
    }
}
