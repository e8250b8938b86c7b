package eu.egov.gateway.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import eu.egov.gateway.notification.application.NoticeBoard;
import eu.egov.gateway.notification.application.NoticeView;
import eu.egov.gateway.shared.domain.Page;
import eu.egov.gateway.web.security.CurrentCaller;

/** The caller's own notices: what the gateway told them, newest first, and which they have read. */
@Path("notices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NoticeResource {

    @Inject
    private NoticeBoard board;

    @Inject
    private CurrentCaller current;

    @GET
    public Page<NoticeView> mine(@QueryParam("offset") @DefaultValue("0") int offset,
                                 @QueryParam("limit") @DefaultValue("20") int limit) {
        return board.mine(current.require(), offset, limit);
    }

    /** How many of the caller's notices are unread, for the count beside the navigation's link. */
    @GET
    @Path("unread")
    public Unread unread() {
        return new Unread(board.unread(current.require()));
    }

    @POST
    @Path("{id}/read")
    public NoticeView read(@PathParam("id") String id) {
        return board.read(current.require(), id);
    }

    public record Unread(long count) {
    }
}
