package eu.egov.gateway.procurement.application;

import java.util.Locale;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import eu.egov.gateway.procurement.domain.TenderRepository;
import eu.egov.gateway.shared.domain.Page;
import eu.egov.gateway.shared.domain.Rejection;

/** Published calls for tenders, for anyone, without sign-in. Drafts do not exist here. */
@Stateless
public class PublicTenders {

    @Inject
    private TenderRepository tenders;

    @Inject
    private TenderViews views;

    public Page<TenderView> list(Locale language, int offset, int limit) {
        int from = Page.offset(offset);
        int size = Page.limit(limit);
        return new Page<>(tenders.published(from, size).stream().map(tender -> views.forPublic(tender, language)).toList(),
                from, size, tenders.countPublished());
    }

    public TenderView view(String reference, Locale language) {
        return tenders.publishedByReference(reference).map(tender -> views.forPublic(tender, language))
                .orElseThrow(Rejection::notFound);
    }
}
