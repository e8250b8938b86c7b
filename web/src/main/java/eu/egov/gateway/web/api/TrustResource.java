package eu.egov.gateway.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

import eu.egov.gateway.trust.application.SealService;

/** The certificates anyone needs to check the gateway's seals and time-stamps, in PEM. */
@Path("trust")
@RequestScoped
@Produces("application/x-pem-file")
public class TrustResource {

    @Inject
    private SealService seal;

    @GET
    @Path("ca.pem")
    public String certificateAuthority() {
        return seal.caCertificatePem();
    }

    @GET
    @Path("seal.pem")
    public String sealCertificate() {
        return seal.sealCertificatePem();
    }

    @GET
    @Path("tsa.pem")
    public String timeStampCertificate() {
        return seal.timeStampCertificatePem();
    }
}
