package eu.egov.gateway.notification.application;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import eu.egov.gateway.audit.application.AuditLog;
import eu.egov.gateway.identity.domain.Caller;
import eu.egov.gateway.identity.domain.Role;
import eu.egov.gateway.notification.domain.WebhookEvent;
import eu.egov.gateway.notification.domain.WebhookRepository;
import eu.egov.gateway.notification.domain.WebhookSubscription;
import eu.egov.gateway.notification.domain.WebhookTargetPolicy;
import eu.egov.gateway.notification.infrastructure.WebhookTargets;
import eu.egov.gateway.shared.domain.FieldViolation;
import eu.egov.gateway.shared.domain.Page;
import eu.egov.gateway.shared.domain.ProblemType;
import eu.egov.gateway.shared.domain.Rejection;
import eu.egov.gateway.shared.infrastructure.SchemaCheck;

/**
 * An authority's administrator subscribes its back-office systems to events on its filings, and follows what
 * was delivered. Another authority's subscription is "not found", as if it did not exist.
 */
@Stateless
public class WebhookSubscriptions {

    @Inject
    private WebhookRepository webhooks;

    @Inject
    private WebhookTargets targets;

    @Inject
    private AuditLog audit;

    /** The new subscription with its signing secret, which is never shown again. */
    public WebhookSubscriptionView subscribe(Caller caller, String url, List<String> eventTypes) {
        caller.require(Role.ADMIN);
        URI target = target(url, caller);
        List<WebhookEvent> events = events(eventTypes, caller);
        WebhookSubscription subscription = new WebhookSubscription(caller.organisationId(), target.toString(), events,
                caller.userId(), Instant.now());
        webhooks.add(subscription);
        // recorded, since from now on events on the authority's filings leave the gateway for this address
        audit.record(caller.username(), "webhook.subscribed", subscription.id(),
                subscription.url() + " " + String.join(" ", subscription.events()));
        return WebhookSubscriptionView.withSecret(subscription);
    }

    public List<WebhookSubscriptionView> list(Caller caller) {
        caller.require(Role.ADMIN);
        return webhooks.subscriptionsOf(caller.organisationId()).stream().map(WebhookSubscriptionView::of).toList();
    }

    public void unsubscribe(Caller caller, String subscriptionId) {
        WebhookSubscription subscription = own(caller, subscriptionId);
        webhooks.remove(subscription);
        audit.record(caller.username(), "webhook.unsubscribed", subscription.id(), subscription.url());
    }

    /** The subscription's deliveries, newest first, each with its attempts. */
    public Page<WebhookDeliveryView> deliveries(Caller caller, String subscriptionId, int offset, int limit) {
        WebhookSubscription subscription = own(caller, subscriptionId);
        int from = Page.offset(offset);
        int size = Page.limit(limit);
        return new Page<>(webhooks.deliveriesOf(subscription.id(), from, size).stream()
                .map(WebhookDeliveryView::of).toList(), from, size, webhooks.countDeliveriesOf(subscription.id()));
    }

    private WebhookSubscription own(Caller caller, String subscriptionId) {
        caller.require(Role.ADMIN);
        return webhooks.subscription(subscriptionId)
                .filter(subscription -> subscription.isOf(caller.organisationId()))
                .orElseThrow(Rejection::notFound);
    }

    private URI target(String url, Caller caller) {
        Optional<URI> parsed = WebhookTargetPolicy.parse(url);
        Optional<WebhookTargetPolicy.Refusal> refusal = parsed.isEmpty()
                ? Optional.of(WebhookTargetPolicy.Refusal.MALFORMED)
                : targets.refusalOf(parsed.get());
        if (refusal.isPresent()) {
            throw new Rejection(ProblemType.WEBHOOK_URL_REFUSED, List.of(new FieldViolation("/url", "url",
                    SchemaCheck.wording(refusal.get().key(), caller.language(), WebhookTargetPolicy.MAX_URL_LENGTH))),
                    url);
        }
        return parsed.get();
    }

    private static List<WebhookEvent> events(List<String> eventTypes, Caller caller) {
        List<FieldViolation> violations = new ArrayList<>();
        List<WebhookEvent> events = new ArrayList<>();
        String known = String.join(", ", WebhookEvent.slugs());
        if (eventTypes == null || eventTypes.isEmpty()) {
            violations.add(new FieldViolation("/events", "events",
                    SchemaCheck.wording("webhook.events.required", caller.language(), known)));
        } else {
            for (int i = 0; i < eventTypes.size(); i++) {
                Optional<WebhookEvent> event = WebhookEvent.bySlug(eventTypes.get(i));
                event.ifPresent(events::add);
                if (event.isEmpty()) {
                    violations.add(new FieldViolation("/events/" + i, "events",
                            SchemaCheck.wording("webhook.events.unknown", caller.language(), eventTypes.get(i), known)));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new Rejection(ProblemType.VALIDATION_FAILED, violations);
        }
        return events;
    }
}
