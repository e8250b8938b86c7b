package eu.egov.gateway.procurement.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import eu.egov.gateway.procurement.domain.Tender;
import eu.egov.gateway.shared.domain.FieldViolation;
import eu.egov.gateway.shared.domain.ProblemType;
import eu.egov.gateway.shared.domain.Rejection;
import eu.egov.gateway.shared.infrastructure.SchemaCheck;

/** Accepts a bid only when its JSON Schema holds and it names each of the tender's lots at most once. */
@ApplicationScoped
class BidChecks {

    private static final String SCHEMA = "procurement/bid.schema.json";

    private SchemaCheck schema;

    @PostConstruct
    void compile() {
        try (InputStream in = BidChecks.class.getClassLoader().getResourceAsStream(SCHEMA);
             JsonReader reader = Json.createReader(in)) {
            schema = SchemaCheck.of(reader.readObject());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void accept(JsonObject bid, Tender tender, Locale language) {
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
        if (!violations.isEmpty()) {
            throw new Rejection(ProblemType.VALIDATION_FAILED, violations);
        }
    }
}
