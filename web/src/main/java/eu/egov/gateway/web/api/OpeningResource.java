package eu.egov.gateway.web.api;

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

import eu.egov.gateway.identity.domain.Caller;
import eu.egov.gateway.procurement.application.OfferDocuments;
import eu.egov.gateway.procurement.application.OpeningView;
import eu.egov.gateway.procurement.application.TenderOpening;
import eu.egov.gateway.procurement.application.TenderRecords;
import eu.egov.gateway.web.security.CurrentCaller;

/**
 * The opening of a tender's bids: each board member enters their passphrase; with enough of them the
 * bids are opened. The state, and after the opening the bids, for the board and the officers.
 */
@Path("tenders/{id}/opening")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OpeningResource {

    @Inject
    private TenderOpening opening;

    @Inject
    private TenderRecords records;

    @Inject
    private OfferDocuments documents;

    @Inject
    private CurrentCaller current;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public OpeningView enter(@PathParam("id") String id, Requests.Passphrase body) {
        Caller caller = current.require();
        Requests.require(caller.language(), body, "passphrase");
        return opening.enterPassphrase(caller, id, body.passphrase().toCharArray());
    }

    @GET
    public OpeningView state(@PathParam("id") String id) {
        return opening.view(current.require(), id);
    }

    /** An offer document of an opened bid, decrypted at the opening. */
    @GET
    @Path("bids/{bid}/documents/{document}")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response document(@PathParam("id") String id, @PathParam("bid") String bid, @PathParam("document") String document) {
        return Downloads.of(documents.opened(current.require(), id, bid, document));
    }

    /** The signed opening report: every bid, who opened them and when. */
    @GET
    @Path("report")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response report(@PathParam("id") String id) {
        return Downloads.of(records.openingReport(current.require(), id));
    }
}
