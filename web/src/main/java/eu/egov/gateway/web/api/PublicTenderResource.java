package eu.egov.gateway.web.api;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import eu.egov.gateway.procurement.application.PublicTenders;
import eu.egov.gateway.procurement.application.QuestionView;
import eu.egov.gateway.procurement.application.TenderFiles;
import eu.egov.gateway.procurement.application.TenderQuestions;
import eu.egov.gateway.procurement.application.TenderView;
import eu.egov.gateway.shared.domain.Page;
import eu.egov.gateway.web.security.CurrentCaller;
import eu.egov.gateway.web.security.RequestLanguage;

/** Published calls for tenders, for anyone, without sign-in. */
@Path("public/tenders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PublicTenderResource {

    @Inject
    private PublicTenders tenders;

    @Inject
    private TenderQuestions questions;

    @Inject
    private TenderFiles files;

    @Inject
    private CurrentCaller current;

    @Inject
    private RequestLanguage language;

    @GET
    public Page<TenderView> list(@QueryParam("offset") @DefaultValue("0") int offset,
                                 @QueryParam("limit") @DefaultValue("20") int limit) {
        return tenders.list(language.or(Locale.ENGLISH), offset, limit);
    }

    @GET
    @Path("{reference}")
    public TenderView view(@PathParam("reference") String reference) {
        return tenders.view(reference, language.or(Locale.ENGLISH));
    }

    @GET
    @Path("{reference}/documents/{document}")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response document(@PathParam("reference") String reference, @PathParam("document") String document) {
        return Downloads.of(files.download(reference, document));
    }

    @GET
    @Path("{reference}/questions")
    public List<QuestionView> questions(@PathParam("reference") String reference) {
        return questions.published(reference);
    }

    /** A bidder asks, signed in; the question is published without saying who asked. */
    @POST
    @Path("{reference}/questions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response ask(@PathParam("reference") String reference, Requests.Text question) {
        Caller caller = current.require();
        Requests.require(caller.language(), question, "text");
        return Response.status(Response.Status.CREATED).entity(questions.ask(caller, reference, question.text())).build();
    }
}
