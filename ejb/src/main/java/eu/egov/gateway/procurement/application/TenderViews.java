package eu.egov.gateway.procurement.application;

import static eu.egov.gateway.shared.domain.Jsonp.JSON;

import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;

import eu.egov.gateway.identity.domain.IdentityRepository;
import eu.egov.gateway.identity.domain.Organisation;
import eu.egov.gateway.procurement.domain.Tender;
import eu.egov.gateway.procurement.domain.TenderDraft;
import eu.egov.gateway.procurement.domain.TenderRepository;
import eu.egov.gateway.shared.domain.LocalisedText;

/** Turns tenders into the views readers get, in their language. */
@ApplicationScoped
class TenderViews {

    @Inject
    private IdentityRepository identities;

    @Inject
    private CpvCatalogue cpv;

    @Inject
    private TenderRepository tenders;

    TenderView forPublic(Tender tender, Locale language) {
        return view(tender, language, null);
    }

    TenderView forAuthority(Tender tender, Locale language) {
        return view(tender, language, tender.draft().json());
    }

    private TenderView view(Tender tender, Locale language, JsonObject draftJson) {
        TenderDraft draft = tender.draft();
        List<JsonObject> lots = draft.lots();
        return new TenderView(tender.id(), tender.reference(), tender.status().name(),
                identities.organisation(tender.authorityId()).map(Organisation::name).orElse(""),
                LocalisedText.in(draft.title(), language), LocalisedText.in(draft.description(), language),
                draft.procedure(), tender.questionsDeadline(), tender.submissionDeadline(), tender.publishedAt(),
                IntStream.range(0, lots.size()).mapToObj(i -> lot(i + 1, lots.get(i), language)).toList(),
                tenders.files(tender.id()).stream().map(f -> new TenderView.FileView(f.id(), f.fileName(), f.mediaType(),
                        f.size(), f.sha256())).toList(),
                tenders.corrigenda(tender.id()).stream().map(c -> new TenderView.CorrigendumView(c.number(),
                        LocalisedText.in(json(c.summary()), language), c.previousDeadline(), c.submissionDeadline(),
                        c.publishedAt())).toList(),
                tender.version(), draftJson);
    }

    /** The consortium members a bid names, and whether each confirmed. */
    List<BidView.Member> consortium(String bidId) {
        return tenders.consortium(bidId).stream()
                .map(member -> new BidView.Member(identities.organisation(member.organisationId())
                        .map(Organisation::name).orElse(""), member.confirmed()))
                .toList();
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private TenderView.LotView lot(int number, JsonObject lot, Locale language) {
        return new TenderView.LotView(number, LocalisedText.in(lot.getJsonObject("title"), language),
                lot.getJsonArray("cpv").getValuesAs(JsonString.class).stream()
                        .map(code -> new TenderView.CpvView(code.getString(), cpv.label(code.getString()).orElse("")))
                        .toList(),
                lot.getJsonNumber("estimatedValue").bigDecimalValue(), lot.getString("currency"),
                lot.getJsonArray("criteria").getValuesAs(JsonObject.class).stream()
                        .map(c -> new TenderView.CriterionView(LocalisedText.in(c.getJsonObject("name"), language),
                                c.getString("kind"), c.getInt("weight")))
                        .toList());
    }
}
