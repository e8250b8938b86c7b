package eu.egov.gateway.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import eu.egov.gateway.identity.domain.Caller;
import eu.egov.gateway.procurement.application.OpeningPassphrases;
import eu.egov.gateway.web.security.CurrentCaller;

/** An opening board member's own passphrase, set once; the gateway keeps only what it protects. */
@Path("opening-passphrase")
@RequestScoped
public class OpeningPassphraseResource {

    @Inject
    private OpeningPassphrases passphrases;

    @Inject
    private CurrentCaller current;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response set(Requests.Passphrase body) {
        Caller caller = current.require();
        Requests.require(caller.language(), body, "passphrase");
        passphrases.set(caller, body.passphrase().toCharArray());
        return Response.noContent().build();
    }
}
