package eu.egov.gateway.web.api;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import eu.egov.gateway.identity.domain.Caller;
import eu.egov.gateway.notification.application.WebhookDeliveryView;
import eu.egov.gateway.notification.application.WebhookSubscriptionView;
import eu.egov.gateway.notification.application.WebhookSubscriptions;
import eu.egov.gateway.shared.domain.Page;
import eu.egov.gateway.web.security.CurrentCaller;

/**
 * An authority's administrator subscribes its back-office systems to events on its filings (signed, retried
 * deliveries; see README), and follows the deliveries.
 */
@Path("webhooks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WebhookResource {

    @Inject
    private WebhookSubscriptions subscriptions;

    @Inject
    private CurrentCaller current;

    @GET
    public List<WebhookSubscriptionView> list() {
        return subscriptions.list(current.require());
    }

    /** 201 with the subscription and its signing secret, which this answer alone shows. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response subscribe(Requests.WebhookSubscription subscription) {
        Caller caller = current.require();
        Requests.require(caller.language(), subscription, "url", "events");
        WebhookSubscriptionView created = subscriptions.subscribe(caller, subscription.url(), subscription.events());
        return Response.status(Response.Status.CREATED)
                .header("Location", "/api/webhooks/" + created.id())
                .header("Cache-Control", "no-store")
                .entity(created)
                .build();
    }

    @DELETE
    @Path("{id}")
    public Response unsubscribe(@PathParam("id") String id) {
        subscriptions.unsubscribe(current.require(), id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/deliveries")
    public Page<WebhookDeliveryView> deliveries(@PathParam("id") String id,
                                                @QueryParam("offset") @DefaultValue("0") int offset,
                                                @QueryParam("limit") @DefaultValue("20") int limit) {
        return subscriptions.deliveries(current.require(), id, offset, limit);
    }
}
