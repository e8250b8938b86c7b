package eu.egov.gateway.notification.infrastructure;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import eu.egov.gateway.notification.domain.Network;
import eu.egov.gateway.notification.domain.WebhookTargetPolicy;
import eu.egov.gateway.shared.infrastructure.Settings;

/**
 * The target policy applied to a URL's host as DNS resolves it now. Asked when a subscription is made and again
 * before every attempt, since a name may come to point elsewhere after it was accepted.
 */
@ApplicationScoped
public class WebhookTargets {

    private final WebhookTargetPolicy policy = new WebhookTargetPolicy(
            Settings.webhookAllowedNetworks().stream().map(Network::parse).toList());

    public Optional<WebhookTargetPolicy.Refusal> refusalOf(URI url) {
        Optional<WebhookTargetPolicy.Refusal> byForm = policy.refusalOf(url);
        if (byForm.isPresent()) {
            return byForm;
        }
        try {
            return policy.refusalOf(url, InetAddress.getAllByName(url.getHost()));
        } catch (UnknownHostException | SecurityException e) {
            return Optional.of(WebhookTargetPolicy.Refusal.UNRESOLVED);
        }
    }
}
