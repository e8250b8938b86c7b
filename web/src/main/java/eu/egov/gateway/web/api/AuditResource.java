package eu.egov.gateway.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import eu.egov.gateway.audit.application.AuditLog;
import eu.egov.gateway.audit.application.AuditVerification;
import eu.egov.gateway.web.security.CurrentCaller;

/** For auditors: does the hash chain of the audit log still hold? */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    private AuditLog audit;

    @Inject
    private CurrentCaller current;

    @GET
    @Path("verification")
    public AuditVerification verify() {
        return audit.verify(current.require());
    }
}
