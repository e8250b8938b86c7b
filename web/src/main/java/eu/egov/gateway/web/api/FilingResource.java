package eu.egov.gateway.web.api;

import java.io.InputStream;
import java.net.URI;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import eu.egov.gateway.filing.application.FeeView;
import eu.egov.gateway.filing.application.Fees;
import eu.egov.gateway.filing.application.Correspondence;
import eu.egov.gateway.filing.application.FilingCheck;
import eu.egov.gateway.filing.application.FilingDrafts;
import eu.egov.gateway.filing.application.FilingRecords;
import eu.egov.gateway.filing.application.FilingSubmission;
import eu.egov.gateway.filing.application.FilingView;
import eu.egov.gateway.filing.application.MessageThread;
import eu.egov.gateway.filing.domain.IssuedDocument;
import eu.egov.gateway.identity.domain.Caller;
import eu.egov.gateway.shared.domain.Page;
import eu.egov.gateway.web.security.CurrentCaller;

/** A firm's filings: drafts, attachments, submission, and what the gateway issued for them. */
@Path("filings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FilingResource {

    @Inject
    private FilingDrafts drafts;

    @Inject
    private FilingSubmission submission;

    @Inject
    private FilingRecords records;

    @Inject
    private Fees fees;

    @Inject
    private Correspondence correspondence;

    @Inject
    private CurrentCaller current;

    @Context
    private UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(Requests.NewFiling body, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        Caller caller = current.require();
        Requests.require(caller.language(), body, "form", "data");
        FilingDrafts.Created created = drafts.create(caller, body.form(), body.data(),
                Requests.idempotencyKey(idempotencyKey), body.mandate());
        Response.ResponseBuilder response = created.isNew() ? Response.created(location(created.filing())) : Response.ok();
        return response.tag(etag(created.filing()))
                .header(HttpHeaders.LOCATION, location(created.filing()))
                .entity(created.filing())
                .build();
    }

    @GET
    public Page<FilingView> list(@QueryParam("offset") @DefaultValue("0") int offset,
                                 @QueryParam("limit") @DefaultValue("20") int limit) {
        return drafts.list(current.require(), offset, limit);
    }

    @GET
    @Path("{id}")
    public Response view(@PathParam("id") String id) {
        FilingView filing = drafts.view(current.require(), id);
        return Response.ok(filing).tag(etag(filing)).build();
    }

    /** Saves the draft's data; with If-Match, only over the version the client last read. */
    @PUT
    @Path("{id}/data")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replaceData(@PathParam("id") String id, Requests.FilingData body,
                                @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Caller caller = current.require();
        Requests.require(caller.language(), body, "data");
        FilingView filing = drafts.replaceData(caller, id, body.data(), Requests.expectedVersion(ifMatch));
        return Response.ok(filing).tag(etag(filing)).build();
    }

    /** Uploads one document for a slot of the form, streamed; the name comes from Content-Disposition or ?fileName. */
    @POST
    @Path("{id}/attachments/{slot}")
    @Consumes(MediaType.WILDCARD)
    public Response attach(@PathParam("id") String id, @PathParam("slot") String slot,
                           @HeaderParam("Content-Disposition") String disposition,
                           @QueryParam("fileName") String fileName,
                           @HeaderParam(HttpHeaders.CONTENT_LENGTH) @DefaultValue("-1") long length,
                           InputStream content) {
        FilingView filing = drafts.attach(current.require(), id, slot,
                fileName != null ? fileName : ContentDisposition.fileName(disposition), length, content);
        return Response.status(Response.Status.CREATED).tag(etag(filing)).entity(filing).build();
    }

    @GET
    @Path("{id}/attachments/{attachment}")
    @Produces(MediaType.WILDCARD)
    public Response attachment(@PathParam("id") String id, @PathParam("attachment") String attachment) {
        return Downloads.of(drafts.attachment(current.require(), id, attachment));
    }

    @DELETE
    @Path("{id}/attachments/{attachment}")
    public Response detach(@PathParam("id") String id, @PathParam("attachment") String attachment) {
        FilingView filing = drafts.detach(current.require(), id, attachment);
        return Response.ok(filing).tag(etag(filing)).build();
    }

    /** "Check my file": a dry run of submission, with every violation it would report and the advisories. */
    @POST
    @Path("{id}/check")
    public FilingCheck check(@PathParam("id") String id) {
        return submission.check(current.require(), id);
    }

    /** What the filing's fee is and how to pay it (payee, IBAN, amount, creditor reference, last day); 404 if none. */
    @GET
    @Path("{id}/fee")
    public FeeView fee(@PathParam("id") String id) {
        return fees.of(current.require(), id);
    }

    /** Submits the draft: 201 with the sealed, time-stamped submission and the receipt's location. */
    @POST
    @Path("{id}/submission")
    public Response submit(@PathParam("id") String id) {
        FilingView filing = submission.submit(current.require(), id);
        URI receipt = uri.getBaseUriBuilder().path("filings").path(id).path("receipt").build();
        return Response.created(location(filing))
                .link(receipt, "receipt")
                .tag(etag(filing))
                .entity(filing)
                .build();
    }

    /** Sends the filing again, completed as the authority asked: sealed and time-stamped, back with the clerk. */
    @POST
    @Path("{id}/completion")
    public Response complete(@PathParam("id") String id) {
        FilingView filing = submission.complete(current.require(), id);
        return Response.ok(filing).tag(etag(filing)).build();
    }

    @GET
    @Path("{id}/receipt")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response receipt(@PathParam("id") String id) {
        return Downloads.of(records.document(current.require(), id, IssuedDocument.Kind.RECEIPT));
    }

    @GET
    @Path("{id}/decision")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response decision(@PathParam("id") String id) {
        return Downloads.of(records.document(current.require(), id, IssuedDocument.Kind.DECISION));
    }

    /** The exact bytes that were sealed and time-stamped, to check the seal with any tool. */
    @GET
    @Path("{id}/canonical-form")
    @Produces({MediaType.APPLICATION_JSON})
    public Response canonicalForm(@PathParam("id") String id) {
        return Downloads.of(records.canonicalForm(current.require(), id));
    }

    @GET
    @Path("{id}/seal")
    @Produces({"application/pkcs7-signature", MediaType.APPLICATION_JSON})
    public Response seal(@PathParam("id") String id) {
        return Downloads.of(records.seal(current.require(), id));
    }

    @GET
    @Path("{id}/time-stamp")
    @Produces({"application/timestamp-token", MediaType.APPLICATION_JSON})
    public Response timeStamp(@PathParam("id") String id) {
        return Downloads.of(records.timeStamp(current.require(), id));
    }

    /** The filing's messages with the authority. */
    @Path("{id}/messages")
    public MessagesResource messages(@PathParam("id") String id) {
        return new MessagesResource(correspondence, current, MessageThread.ofFiling(id));
    }

    private URI location(FilingView filing) {
        return uri.getBaseUriBuilder().path("filings").path(filing.id()).build();
    }

    private static EntityTag etag(FilingView filing) {
        return new EntityTag(Long.toString(filing.version()));
    }
}
