package eu.egov.gateway.web.api;

import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import eu.egov.gateway.procurement.application.PublicTenders;
import eu.egov.gateway.procurement.application.TenderView;
import eu.egov.gateway.shared.domain.Page;
import eu.egov.gateway.web.security.RequestLanguage;

/** Published calls for tenders, for anyone, without sign-in. */
@Path("public/tenders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PublicTenderResource {

    @Inject
    private PublicTenders tenders;

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
}
