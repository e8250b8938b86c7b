package eu.egov.gateway.web.api;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import eu.egov.gateway.filing.application.FormCatalogue;
import eu.egov.gateway.filing.application.FormSummary;
import eu.egov.gateway.web.security.CurrentCaller;
import eu.egov.gateway.web.security.RequestLanguage;

/** The form catalogue. Signed-in users only: what a form asks is public, but who files is not. */
@Path("forms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FormResource {

    @Inject
    private FormCatalogue catalogue;

    @Inject
    private CurrentCaller current;

    @Inject
    private RequestLanguage language;

    @GET
    public List<FormSummary> forms() {
        return catalogue.forms(language.or(current.require().language()));
    }

    @GET
    @Path("{code}")
    public JsonObject definition(@PathParam("code") String code) {
        current.require();
        return catalogue.definition(code);
    }

    /** A version that was published, retired since or not: the one a filing began on. */
    @GET
    @Path("{code}/versions/{version}")
    public JsonObject definition(@PathParam("code") String code, @PathParam("version") int version) {
        current.require();
        return catalogue.definition(code, version);
    }
}
