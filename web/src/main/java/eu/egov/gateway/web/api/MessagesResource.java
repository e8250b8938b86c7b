package eu.egov.gateway.web.api;

import java.io.InputStream;
import java.util.List;

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

import eu.egov.gateway.filing.application.Correspondence;
import eu.egov.gateway.filing.application.MessageThread;
import eu.egov.gateway.filing.application.MessageView;
import eu.egov.gateway.identity.domain.Caller;
import eu.egov.gateway.web.security.CurrentCaller;

/**
 * The messages between the firm and the authority about one filing, with their files: the same API under the
 * firm's filing ({@code filings/{id}/messages}) and the authority's case ({@code cases/{reference}/messages}).
 */
@Produces(MediaType.APPLICATION_JSON)
public class MessagesResource {

    private final Correspondence correspondence;
    private final CurrentCaller current;
    private final MessageThread thread;

    MessagesResource(Correspondence correspondence, CurrentCaller current, MessageThread thread) {
        this.correspondence = correspondence;
        this.current = current;
        this.thread = thread;
    }

    /** The thread, oldest message first; {@code readAt} says when the other side first read a message. */
    @GET
    public List<MessageView> thread() {
        return correspondence.thread(current.require(), thread);
    }

    /** Sends a message: {@code text} and the ids of files uploaded for it; a retry with the same Idempotency-Key is answered 200 with the first. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response write(Requests.NewMessage body, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        Caller caller = current.require();
        Requests.require(caller.language(), body, "text");
        Correspondence.Written written = correspondence.write(caller, thread, body.text(), body.attachments(),
                Requests.idempotencyKey(idempotencyKey));
        return Response.status(written.isNew() ? Response.Status.CREATED : Response.Status.OK)
                .entity(written.message()).build();
    }

    /** Marks what the other side wrote as read by the caller's side; answers the thread. */
    @POST
    @Path("read")
    public List<MessageView> read() {
        return correspondence.read(current.require(), thread);
    }

    /** Uploads a file (PDF, PNG, JPEG: the raw body, streamed) for a message to name; the name from Content-Disposition or ?fileName. */
    @POST
    @Path("attachments")
    @Consumes(MediaType.WILDCARD)
    public Response upload(@HeaderParam("Content-Disposition") String disposition,
                           @QueryParam("fileName") String fileName,
                           @HeaderParam(HttpHeaders.CONTENT_LENGTH) @DefaultValue("-1") long length,
                           InputStream content) {
        MessageView.AttachmentView uploaded = correspondence.upload(current.require(), thread,
                fileName != null ? fileName : ContentDisposition.fileName(disposition), length, content);
        return Response.status(Response.Status.CREATED).entity(uploaded).build();
    }

    @GET
    @Path("attachments/{attachment}")
    @Produces(MediaType.WILDCARD)
    public Response attachment(@PathParam("attachment") String attachment) {
        return Downloads.of(correspondence.attachment(current.require(), thread, attachment));
    }

    /** Discards one of the caller's files not sent yet; a sent one stays with the thread (404). */
    @DELETE
    @Path("attachments/{attachment}")
    public Response discard(@PathParam("attachment") String attachment) {
        correspondence.discard(current.require(), thread, attachment);
        return Response.noContent().build();
    }
}
