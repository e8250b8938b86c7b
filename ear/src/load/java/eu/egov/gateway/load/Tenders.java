package eu.egov.gateway.load;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

/**
 * Calls for tenders as the demo procurement officer publishes them, with the demo opening board
 * (two of olga, omar, odile), and bids with an offer document as bidders send them.
 */
final class Tenders {

    static final List<String> BOARD = List.of("olga", "omar", "odile");

    private Tenders() {
    }

    static String passphrase(String member) {
        return member + " opens the bids";
    }

    /** Each board member sets their opening passphrase, unless an earlier run already did (409). */
    static void boardReady(String base) {
        for (String member : BOARD) {
            Gateway.Reply set = Gateway.signedIn(base, member, member + "-demo", 1).put("/api/opening-passphrase",
                    Json.createObjectBuilder().add("passphrase", passphrase(member)).build());
            if (set.status() != 204 && set.status() != 409) {
                throw new IllegalStateException("passphrase of " + member + " refused: " + set);
            }
        }
    }

    /** Publishes a call for tenders closing at the deadline given; answers its id and reference. */
    static String[] publish(Gateway officer, String title, Instant deadline) {
        JsonObject draft = Json.createObjectBuilder()
                .add("title", Json.createObjectBuilder().add("en", title))
                .add("description", Json.createObjectBuilder().add("en", "Benchmark call for tenders."))
                .add("procedure", "OPEN")
                .add("questionsDeadline", deadline.minusSeconds(5).toString())
                .add("submissionDeadline", deadline.toString())
                .add("openingBoard", Json.createObjectBuilder()
                        .add("members", Json.createArrayBuilder(BOARD)).add("threshold", 2))
                .add("lots", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("title", Json.createObjectBuilder().add("en", "Works"))
                        .add("cpv", Json.createArrayBuilder().add("45000000"))
                        .add("estimatedValue", 250000)
                        .add("currency", "EUR")
                        .add("criteria", Json.createArrayBuilder()
                                .add(criterion("Price", "PRICE", 60))
                                .add(criterion("Quality", "QUALITY", 40)))))
                .build();
        Gateway.Reply created = officer.post("/api/tenders", draft);
        if (created.status() != 201) {
            throw new IllegalStateException("draft refused: " + created);
        }
        String id = created.json().getString("id");
        Gateway.Reply published = officer.post("/api/tenders/" + id + "/publication");
        if (published.status() != 200) {
            throw new IllegalStateException("publication refused: " + published);
        }
        return new String[] {id, published.json().getString("reference")};
    }

    /** The offer document, then the bid naming it: the reply of the step that answered last. */
    static Gateway.Reply bid(Gateway bidder, String reference, byte[] offer, BigDecimal price) {
        Gateway.Reply document = bidder.post("/api/public/tenders/" + reference + "/bids/documents?fileName=offer.pdf",
                "application/pdf", offer);
        if (document.status() != 201) {
            return document;
        }
        JsonArrayBuilder documents = Json.createArrayBuilder().add(document.json().getString("id"));
        return bidder.post("/api/public/tenders/" + reference + "/bids", Json.createObjectBuilder()
                .add("lots", Json.createArrayBuilder().add(Json.createObjectBuilder().add("lot", 1).add("price", price)))
                .add("selfDeclaration", Json.createObjectBuilder()
                        .add("noExclusionGrounds", true).add("meetsSelectionCriteria", true))
                .add("documents", documents)
                .build());
    }

    private static jakarta.json.JsonObjectBuilder criterion(String name, String kind, int weight) {
        return Json.createObjectBuilder().add("name", Json.createObjectBuilder().add("en", name))
                .add("kind", kind).add("weight", weight);
    }
}
