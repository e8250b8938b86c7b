package eu.egov.gateway.web.api;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import eu.egov.gateway.filing.application.FormCatalogue;
import eu.egov.gateway.filing.application.FormSummary;
import eu.egov.gateway.identity.application.MandateView;
import eu.egov.gateway.identity.application.Mandates;
import eu.egov.gateway.identity.domain.Caller;
import eu.egov.gateway.shared.domain.ProblemType;
import eu.egov.gateway.shared.domain.Rejection;
import eu.egov.gateway.web.security.CurrentCaller;

/** Mandates: a firm lets an intermediary file for it, and ends that; both firms list them. */
@Path("mandates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MandateResource {

    @Inject
    private Mandates mandates;

    @Inject
    private FormCatalogue catalogue;

    @Inject
    private CurrentCaller current;

    /** The mandates the caller's firm gave, and those it holds from clients. */
    @GET
    public MandateView.Both list() {
        return mandates.list(current.require());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response grant(Requests.NewMandate body) {
        Caller caller = current.require();
        Requests.require(caller.language(), body, "country", "registrationNumber", "validUntil");
        List<String> forms = body.forms() == null ? List.of() : body.forms();
        Set<String> known = catalogue.forms(caller.language()).stream().map(FormSummary::code).collect(Collectors.toSet());
        forms.stream().filter(code -> !known.contains(code)).findFirst().ifPresent(code -> {
            throw new Rejection(ProblemType.UNKNOWN_FORM, code);
        });
        MandateView mandate = mandates.grant(caller, body.country(), body.registrationNumber(), forms, body.validFrom(),
                body.validUntil());
        return Response.status(Response.Status.CREATED).entity(mandate).build();
    }

    /** The firm that gave the mandate ends it now; what was already filed under it stays filed. */
    @POST
    @Path("{reference}/revocation")
    public MandateView revoke(@PathParam("reference") String reference) {
        return mandates.revoke(current.require(), reference);
    }
}
