package eu.egov.gateway.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import eu.egov.gateway.identity.application.Authentication;
import eu.egov.gateway.identity.domain.Caller;
import eu.egov.gateway.web.security.CurrentCaller;

/** Personal API tokens for business software, acting for the caller's organisation. */
@Path("tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

    @Inject
    private Authentication authentication;

    @Inject
    private CurrentCaller current;

    /** 201 with the token in clear, shown this once. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response issue(Requests.NewToken body) {
        Caller caller = current.require();
        Requests.require(caller.language(), body, "name");
        return Response.status(Response.Status.CREATED).entity(authentication.issueToken(caller, body.name())).build();
    }
}
