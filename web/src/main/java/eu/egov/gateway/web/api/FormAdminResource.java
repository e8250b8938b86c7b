package eu.egov.gateway.web.api;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import eu.egov.gateway.filing.application.FormCatalogue;
import eu.egov.gateway.identity.domain.Caller;
import eu.egov.gateway.web.security.CurrentCaller;

/**
 * An authority's administrator manages the versions of its forms: drafts a version from a JSON
 * definition (forms/form-definition.schema.json), publishes it, retires it.
 */
@Path("admin/forms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FormAdminResource {

    @Inject
    private FormCatalogue catalogue;

    @Inject
    private CurrentCaller current;

    @GET
    public List<FormCatalogue.FormVersionView> versions() {
        return catalogue.versions(current.require());
    }

    /** 201 with the new draft version; the definition is checked whole before anything is stored. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response draft(JsonObject definition) {
        Caller caller = current.require();
        Requests.require(caller.language(), new Requests.Definition(definition), "definition");
        return Response.status(Response.Status.CREATED).entity(catalogue.draft(caller, definition)).build();
    }

    @GET
    @Path("{code}/versions/{version}")
    public JsonObject definition(@PathParam("code") String code, @PathParam("version") int version) {
        return catalogue.definition(current.require(), code, version);
    }

    /** Publishes a draft version: new filings use it; the version published until now is retired. */
    @POST
    @Path("{code}/versions/{version}/publication")
    public FormCatalogue.FormVersionView publish(@PathParam("code") String code, @PathParam("version") int version) {
        return catalogue.publish(current.require(), code, version);
    }

    @POST
    @Path("{code}/versions/{version}/retirement")
    public FormCatalogue.FormVersionView retire(@PathParam("code") String code, @PathParam("version") int version) {
        return catalogue.retire(current.require(), code, version);
    }
}
