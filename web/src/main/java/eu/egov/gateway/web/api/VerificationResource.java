package eu.egov.gateway.web.api;

import java.io.InputStream;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import eu.egov.gateway.filing.application.Verification;
import eu.egov.gateway.shared.domain.Rejection;
import eu.egov.gateway.web.security.RequestLanguage;

/**
 * Public verification, no sign-in: by the code printed on a receipt, by a SHA-256, or by
 * uploading the PDF itself. Unknown codes and hashes are "not found".
 */
@Path("verification")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class VerificationResource {

    @Inject
    private Verification verification;

    @Inject
    private RequestLanguage language;

    @GET
    @Path("{code}")
    public Verification.Verified byCode(@PathParam("code") String code) {
        return verification.byCode(code, language()).orElseThrow(Rejection::notFound);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Verification.Verified byHash(Requests.HashToVerify body) {
        Requests.require(language(), body, "sha256");
        return verification.bySha256(body.sha256(), language()).orElseThrow(Rejection::notFound);
    }

    @POST
    @Consumes("application/pdf")
    public Verification.Verified byDocument(InputStream pdf) {
        return verification.byDocument(pdf, language()).orElseThrow(Rejection::notFound);
    }

    private Locale language() {
        return language.or(Locale.ENGLISH);
    }
}
