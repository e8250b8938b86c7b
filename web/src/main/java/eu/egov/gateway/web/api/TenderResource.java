package eu.egov.gateway.web.api;

import java.io.InputStream;
import java.net.URI;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
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

import eu.egov.gateway.identity.domain.Caller;
import eu.egov.gateway.procurement.application.Corrigenda;
import eu.egov.gateway.procurement.application.QuestionView;
import eu.egov.gateway.procurement.application.TenderDrafting;
import eu.egov.gateway.procurement.application.TenderFiles;
import eu.egov.gateway.procurement.application.TenderQuestions;
import eu.egov.gateway.procurement.application.TenderPublication;
import eu.egov.gateway.procurement.application.TenderView;
import eu.egov.gateway.web.security.CurrentCaller;

/** A contracting authority's calls for tenders, for its procurement officers: drafts and publication. */
@Path("tenders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TenderResource {

    @Inject
    private TenderDrafting drafting;

    @Inject
    private TenderPublication publication;

    @Inject
    private TenderQuestions questions;

    @Inject
    private Corrigenda corrigenda;

    @Inject
    private TenderFiles files;

    @Inject
    private CurrentCaller current;

    @Context
    private UriInfo uri;

    /** A draft, from the JSON described by procurement/tender-draft.schema.json. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonObject draft) {
        Caller caller = current.require();
        Requests.require(caller.language(), new Requests.TenderDraft(draft), "draft");
        TenderView tender = drafting.create(caller, draft);
        URI location = uri.getBaseUriBuilder().path("tenders").path(tender.id()).build();
        return Response.created(location).tag(etag(tender)).entity(tender).build();
    }

    @GET
    public List<TenderView> list(@QueryParam("offset") @DefaultValue("0") int offset,
                                 @QueryParam("limit") @DefaultValue("20") int limit) {
        return drafting.list(current.require(), offset, limit);
    }

    @GET
    @Path("{id}")
    public Response view(@PathParam("id") String id) {
        TenderView tender = drafting.view(current.require(), id);
        return Response.ok(tender).tag(etag(tender)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam("id") String id, JsonObject draft, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Caller caller = current.require();
        Requests.require(caller.language(), new Requests.TenderDraft(draft), "draft");
        TenderView tender = drafting.replace(caller, id, draft, Requests.expectedVersion(ifMatch));
        return Response.ok(tender).tag(etag(tender)).build();
    }

    /** Publishes the draft: it becomes public under its reference and its process starts. */
    @POST
    @Path("{id}/publication")
    public TenderView publish(@PathParam("id") String id) {
        return publication.publish(current.require(), id);
    }

    /** Attaches a procurement document (PDF) to the draft, streamed; the name from Content-Disposition or ?fileName. */
    @POST
    @Path("{id}/documents")
    @Consumes(MediaType.WILDCARD)
    public Response attach(@PathParam("id") String id, @HeaderParam("Content-Disposition") String disposition,
                           @QueryParam("fileName") String fileName,
                           @HeaderParam(HttpHeaders.CONTENT_LENGTH) @DefaultValue("-1") long length, InputStream content) {
        TenderView tender = files.attach(current.require(), id,
                fileName != null ? fileName : ContentDisposition.fileName(disposition), length, content);
        return Response.status(Response.Status.CREATED).tag(etag(tender)).entity(tender).build();
    }

    /** Publishes a changed version; the answer is the tender as changed, its deadline moved if it came late. */
    @POST
    @Path("{id}/corrigenda")
    @Consumes(MediaType.APPLICATION_JSON)
    public TenderView amend(@PathParam("id") String id, Requests.Corrigendum corrigendum) {
        Caller caller = current.require();
        Requests.require(caller.language(), corrigendum, "draft", "summary");
        return corrigenda.publish(caller, id, corrigendum.draft(), corrigendum.summary());
    }

    @GET
    @Path("{id}/questions")
    public List<QuestionView> questions(@PathParam("id") String id) {
        return questions.ofTender(current.require(), id);
    }

    /** Answers a question; the answer is published to all at once. */
    @POST
    @Path("{id}/questions/{question}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    public QuestionView answer(@PathParam("id") String id, @PathParam("question") String question, Requests.Text answer) {
        Caller caller = current.require();
        Requests.require(caller.language(), answer, "text");
        return questions.answer(caller, id, question, answer.text());
    }

    private static EntityTag etag(TenderView tender) {
        return new EntityTag(Long.toString(tender.version()));
    }
}
