package eu.egov.gateway.web.api;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import eu.egov.gateway.procurement.application.CpvCatalogue;

/** The Common Procurement Vocabulary, searched by code prefix or words of the label; public. */
@Path("cpv")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CpvResource {

    private static final int MAX_RESULTS = 50;

    @Inject
    private CpvCatalogue catalogue;

    @GET
    public List<Code> search(@QueryParam("q") @DefaultValue("") String query,
                             @QueryParam("limit") @DefaultValue("20") int limit) {
        return catalogue.search(query, Math.max(1, Math.min(limit, MAX_RESULTS))).stream()
                .map(entry -> new Code(entry.getKey(), entry.getValue()))
                .toList();
    }

    public record Code(String code, String label) {
    }
}
