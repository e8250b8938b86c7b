package eu.egov.gateway.web.api;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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

import eu.egov.gateway.identity.domain.Caller;
import eu.egov.gateway.payment.application.ImportedStatement;
import eu.egov.gateway.payment.application.PaymentDesk;
import eu.egov.gateway.payment.application.PaymentView;
import eu.egov.gateway.payment.application.StatementImport;
import eu.egov.gateway.payment.domain.Resolution;
import eu.egov.gateway.shared.domain.FieldViolation;
import eu.egov.gateway.shared.domain.Page;
import eu.egov.gateway.shared.domain.ProblemType;
import eu.egov.gateway.shared.domain.Rejection;
import eu.egov.gateway.web.security.CurrentCaller;

/** An authority's finance officers: bank statements in, payments reconciled with fees, the rest resolved by hand. */
@Path("payments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PaymentResource {

    @Inject
    private StatementImport statements;

    @Inject
    private PaymentDesk desk;

    @Inject
    private CurrentCaller current;

    /** A camt.053 file, the raw XML as body, read as it streams in. */
    @POST
    @Path("statements")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    public ImportedStatement importStatement(@HeaderParam(HttpHeaders.CONTENT_LENGTH) @DefaultValue("-1") long length,
                                             InputStream xml) {
        return statements.importStatement(current.require(), length, xml);
    }

    /** The authority's payments, latest first; {@code ?status=to-resolve} for those a person must look at. */
    @GET
    public Page<PaymentView> list(@QueryParam("status") @DefaultValue("all") String status,
                                  @QueryParam("offset") @DefaultValue("0") int offset,
                                  @QueryParam("limit") @DefaultValue("20") int limit) {
        if (!status.equals("all") && !status.equals("to-resolve")) {
            throw Rejection.invalid("status", "all | to-resolve");
        }
        return desk.list(current.require(), status.equals("to-resolve"), offset, limit);
    }

    @POST
    @Path("{id}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    public PaymentView resolve(@PathParam("id") String id, Requests.PaymentResolution body) {
        Caller caller = current.require();
        Requests.require(caller.language(), body, "action", "note");
        return desk.resolve(caller, id, resolution(body.action()), body.note(), body.creditorReference());
    }

    private static Resolution resolution(String value) {
        try {
            return Resolution.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new Rejection(ProblemType.VALIDATION_FAILED,
                    List.of(new FieldViolation("/action", "action", "REFUNDED | ASSIGNED | ACCEPTED")));
        }
    }
}
