package eu.egov.gateway.procurement.application;

import static eu.egov.gateway.shared.domain.Jsonp.JSON;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;

import eu.egov.gateway.identity.domain.IdentityRepository;
import eu.egov.gateway.identity.domain.Organisation;
import eu.egov.gateway.identity.domain.OrganisationKind;
import eu.egov.gateway.procurement.domain.OfferDocument;
import eu.egov.gateway.procurement.domain.Tender;
import eu.egov.gateway.procurement.domain.TenderRepository;
import eu.egov.gateway.shared.domain.FieldViolation;
import eu.egov.gateway.shared.domain.ProblemType;
import eu.egov.gateway.shared.domain.Rejection;
import eu.egov.gateway.shared.infrastructure.SchemaCheck;

/**
 * Accepts a bid only when its JSON Schema holds, it names each of the tender's lots at most once, its
 * consortium members are firms registered with the gateway, other than the lead, and the documents
 * it names are the firm's own offer documents for this tender.
 */
@ApplicationScoped
class BidChecks {

    private static final String SCHEMA = "procurement/bid.schema.json";

    private SchemaCheck schema;

    @PostConstruct
    void compile() {
        try (InputStream in = BidChecks.class.getClassLoader().getResourceAsStream(SCHEMA);
             JsonReader reader = JSON.createReader(in)) {
            schema = SchemaCheck.of(reader.readObject());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Inject
    private IdentityRepository identities;

    @Inject
    private TenderRepository tenders;

    /** What an acceptable bid names: the organisations of the consortium's other members, and its documents. */
    record Accepted(List<String> consortium, List<OfferDocument> documents) {
    }

    Accepted accept(JsonObject bid, Tender tender, String leadId, Locale language) {
        List<FieldViolation> violations = new ArrayList<>(schema.violations(bid, language, pointer -> pointer));
        if (violations.isEmpty()) {
            int lots = tender.draft().lots().size();
            Set<Integer> seen = new HashSet<>();
            List<JsonObject> offered = bid.getJsonArray("lots").getValuesAs(JsonObject.class);
            for (int i = 0; i < offered.size(); i++) {
                int lot = offered.get(i).getInt("lot");
                if (lot > lots || !seen.add(lot)) {
                    violations.add(new FieldViolation("/lots/" + i + "/lot", "lot", SchemaCheck.wording("bid.lot", language, lots)));
                }
            }
        }
        List<String> members = new ArrayList<>();
        if (violations.isEmpty() && bid.containsKey("consortium")) {
            List<JsonObject> named = bid.getJsonObject("consortium").getJsonArray("members").getValuesAs(JsonObject.class);
            for (int i = 0; i < named.size(); i++) {
                Optional<Organisation> member = identities.organisationByRegistration(named.get(i).getString("country"),
                                named.get(i).getString("registrationNumber"))
                        .filter(o -> o.kind() == OrganisationKind.ECONOMIC_OPERATOR && !o.id().equals(leadId));
                if (member.isPresent()) {
                    members.add(member.get().id());
                } else {
                    violations.add(new FieldViolation("/consortium/members/" + i, "member",
                            SchemaCheck.wording("consortium.member", language)));
                }
            }
        }
        List<OfferDocument> documents = new ArrayList<>();
        if (violations.isEmpty() && bid.containsKey("documents")) {
            Map<String, OfferDocument> uploaded = tenders.offerDocuments(tender.id(), leadId).stream()
                    .collect(Collectors.toMap(OfferDocument::id, Function.identity()));
            List<String> named = bid.getJsonArray("documents").getValuesAs(JsonString.class).stream()
                    .map(JsonString::getString).toList();
            for (int i = 0; i < named.size(); i++) {
                OfferDocument document = uploaded.get(named.get(i));
                if (document != null) {
                    documents.add(document);
                } else {
                    violations.add(new FieldViolation("/documents/" + i, "document",
                            SchemaCheck.wording("bid.document", language)));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new Rejection(ProblemType.VALIDATION_FAILED, violations);
        }
        return new Accepted(members, documents);
    }
}
