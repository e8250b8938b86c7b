package eu.egov.gateway.web.api;

import java.io.InputStream;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import eu.egov.gateway.identity.domain.Caller;
import eu.egov.gateway.procurement.application.BidView;
import eu.egov.gateway.procurement.application.Bidding;
import eu.egov.gateway.procurement.application.OfferDocumentView;
import eu.egov.gateway.procurement.application.OfferDocuments;
import eu.egov.gateway.procurement.application.TenderRecords;
import eu.egov.gateway.web.security.CurrentCaller;

/**
 * A firm's bid on a published tender and its offer documents: sealed on arrival, replaced by a later
 * one, withdrawn until the deadline. Nothing here ever returns a bid's content.
 */
@Path("public/tenders/{reference}/bids")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BidResource {

    @Inject
    private Bidding bidding;

    @Inject
    private OfferDocuments documents;

    @Inject
    private TenderRecords records;

    @Inject
    private CurrentCaller current;

    /** 201 with what proves the bid (its time and the SHA-256 of what was sealed); from procurement/bid.schema.json. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(@PathParam("reference") String reference, JsonObject bid) {
        Caller caller = current.require();
        Requests.require(caller.language(), new Requests.Bid(bid), "bid");
        return Response.status(Response.Status.CREATED).entity(bidding.submit(caller, reference, bid)).build();
    }

    /**
     * An offer document, the raw file as the body (PDF, checked by content): sealed to the tender's key as
     * it streams in; a bid names it by the id answered here.
     */
    @POST
    @Path("documents")
    @Consumes(MediaType.WILDCARD)
    public Response upload(@PathParam("reference") String reference, @HeaderParam("Content-Disposition") String disposition,
                           @QueryParam("fileName") String fileName,
                           @HeaderParam(HttpHeaders.CONTENT_LENGTH) @DefaultValue("-1") long length, InputStream content) {
        OfferDocumentView document = documents.upload(current.require(), reference,
                fileName != null ? fileName : ContentDisposition.fileName(disposition), length, content);
        return Response.status(Response.Status.CREATED).entity(document).build();
    }

    /** The offer documents the caller's firm uploaded for this tender: names and hashes, never content. */
    @GET
    @Path("documents")
    public List<OfferDocumentView> documents(@PathParam("reference") String reference) {
        return documents.ofFirm(current.require(), reference);
    }

    /** The bids of this tender whose consortium names the caller's firm. */
    @GET
    @Path("invitations")
    public List<Bidding.Invitation> invitations(@PathParam("reference") String reference) {
        return bidding.invitations(current.require(), reference);
    }

    /** The caller's firm confirms it takes part in the lead's consortium bid. */
    @POST
    @Path("{bid}/participation")
    public Bidding.Invitation participate(@PathParam("reference") String reference, @PathParam("bid") String bid) {
        return bidding.confirmParticipation(current.require(), reference, bid);
    }

    @GET
    @Path("mine")
    public List<BidView> mine(@PathParam("reference") String reference) {
        return bidding.ofFirm(current.require(), reference);
    }

    /** The signed receipt of one of the firm's bids: it proves the bid without showing it. */
    @GET
    @Path("{bid}/receipt")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response receipt(@PathParam("reference") String reference, @PathParam("bid") String bid) {
        return Downloads.of(records.bidReceipt(current.require(), reference, bid, false));
    }

    @GET
    @Path("{bid}/withdrawal-receipt")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response withdrawalReceipt(@PathParam("reference") String reference, @PathParam("bid") String bid) {
        return Downloads.of(records.bidReceipt(current.require(), reference, bid, true));
    }

    /** After a corrigendum, the firm keeps its bid as it is. */
    @POST
    @Path("mine/confirmation")
    public BidView confirm(@PathParam("reference") String reference) {
        return bidding.confirm(current.require(), reference);
    }

    @DELETE
    @Path("mine")
    public BidView withdraw(@PathParam("reference") String reference) {
        return bidding.withdraw(current.require(), reference);
    }
}
