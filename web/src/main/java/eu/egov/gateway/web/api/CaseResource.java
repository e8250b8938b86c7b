package eu.egov.gateway.web.api;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import eu.egov.gateway.filing.application.CaseHandling;
import eu.egov.gateway.filing.application.CaseSummary;
import eu.egov.gateway.filing.application.Correspondence;
import eu.egov.gateway.filing.application.FilingView;
import eu.egov.gateway.filing.application.MessageThread;
import eu.egov.gateway.filing.domain.Outcome;
import eu.egov.gateway.filing.domain.QueueView;
import eu.egov.gateway.identity.domain.Caller;
import eu.egov.gateway.shared.domain.FieldViolation;
import eu.egov.gateway.shared.domain.Page;
import eu.egov.gateway.shared.domain.ProblemType;
import eu.egov.gateway.shared.domain.Rejection;
import eu.egov.gateway.web.security.CurrentCaller;

/** The clerk's desk: the authority's queue of cases, by filing reference. */
@Path("cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {

    @Inject
    private CaseHandling cases;

    @Inject
    private Correspondence correspondence;

    @Inject
    private CurrentCaller current;

    /**
     * The authority's open cases, nearest legal deadline first, in one view: {@code waiting} (unclaimed and the
     * caller's own, the default), {@code unassigned}, {@code mine}, {@code due-soon}, {@code overdue}. A page
     * counts its offset from the start, or from the case {@code after} names; a full page links to the next
     * one that way, which stays as quick however deep a client walks the queue.
     */
    @GET
    public Response queue(@QueryParam("view") @DefaultValue("waiting") String view,
                          @QueryParam("after") String after,
                          @QueryParam("offset") @DefaultValue("0") int offset,
                          @QueryParam("limit") @DefaultValue("20") int limit,
                          @Context UriInfo uri) {
        Caller caller = current.require();
        List<CaseSummary> page = cases.queue(caller, queueView(view), Optional.ofNullable(after), offset, limit);
        Response.ResponseBuilder response = Response.ok(page);
        if (!page.isEmpty() && page.size() == Page.limit(limit)) {
            URI next = uri.getRequestUriBuilder().replaceQueryParam("offset")
                    .replaceQueryParam("after", page.get(page.size() - 1).reference()).build();
            response.link(next, "next");
        }
        return response.build();
    }

    /** The authority's clerks, to give a case to. */
    @GET
    @Path("clerks")
    public List<CaseHandling.Clerk> clerks() {
        return cases.clerks(current.require());
    }

    @GET
    @Path("{reference}")
    public FilingView view(@PathParam("reference") String reference) {
        return cases.view(current.require(), reference);
    }

    @POST
    @Path("{reference}/claim")
    public FilingView claim(@PathParam("reference") String reference) {
        return cases.claim(current.require(), reference);
    }

    /** Approves or rejects the claimed case with a reason; the answer carries the issued decision. */
    @POST
    @Path("{reference}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public FilingView decide(@PathParam("reference") String reference, Requests.Decision decision) {
        Caller caller = current.require();
        Requests.require(caller.language(), decision, "outcome", "reason");
        return cases.decide(caller, reference, outcome(decision.outcome()), decision.reason());
    }

    /** Asks the firm for what is missing ({@code missing}); the legal clock stands still until it completes the filing. */
    @POST
    @Path("{reference}/completion-request")
    @Consumes(MediaType.APPLICATION_JSON)
    public FilingView requestCompletion(@PathParam("reference") String reference, Requests.CompletionRequest request) {
        Caller caller = current.require();
        Requests.require(caller.language(), request, "missing");
        return cases.requestCompletion(caller, reference, request.missing());
    }

    /** Gives the case to a clerk of the authority ({@code assignee}: a username); {@code reason} when taking it from another. */
    @POST
    @Path("{reference}/assignment")
    @Consumes(MediaType.APPLICATION_JSON)
    public FilingView assign(@PathParam("reference") String reference, Requests.Assignment assignment) {
        Caller caller = current.require();
        Requests.require(caller.language(), assignment, "assignee");
        return cases.assign(caller, reference, assignment.assignee(), assignment.reason());
    }

    /** The case's history with who held it and why it changed hands: for the authority only. */
    @GET
    @Path("{reference}/history")
    public List<CaseHandling.CaseEventView> history(@PathParam("reference") String reference) {
        return cases.history(current.require(), reference);
    }

    /** The clerks' private notes; the firm never sees them. */
    @GET
    @Path("{reference}/notes")
    public List<CaseHandling.CaseNoteView> notes(@PathParam("reference") String reference) {
        return cases.notes(current.require(), reference);
    }

    @POST
    @Path("{reference}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addNote(@PathParam("reference") String reference, Requests.Note note) {
        Caller caller = current.require();
        Requests.require(caller.language(), note, "text");
        return Response.status(Response.Status.CREATED).entity(cases.addNote(caller, reference, note.text())).build();
    }

    /** The case's messages with the firm. */
    @Path("{reference}/messages")
    public MessagesResource messages(@PathParam("reference") String reference) {
        return new MessagesResource(correspondence, current, MessageThread.ofCase(reference));
    }

    private static QueueView queueView(String value) {
        try {
            return QueueView.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            throw new Rejection(ProblemType.VALIDATION_FAILED,
                    List.of(new FieldViolation("/view", "view", "waiting | unassigned | mine | due-soon | overdue")));
        }
    }

    private static Outcome outcome(String value) {
        try {
            return Outcome.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new Rejection(ProblemType.VALIDATION_FAILED,
                    List.of(new FieldViolation("/outcome", "outcome", "APPROVED | REJECTED")));
        }
    }
}
