package eu.egov.gateway.procurement.domain;

import static eu.egov.gateway.shared.domain.Jsonp.JSON;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;

/**
 * A call for tenders as its JSON draft describes it (procurement/tender-draft.schema.json): titles
 * per language, the procedure, the deadlines, the opening board and the lots with their CPV codes
 * and award criteria. Read only after the schema accepted it.
 */
public final class TenderDraft {

    private final JsonObject json;

    private TenderDraft(JsonObject json) {
        this.json = json;
    }

    public static TenderDraft of(JsonObject json) {
        return new TenderDraft(json);
    }

    public static TenderDraft parse(String json) {
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            return new TenderDraft(reader.readObject());
        }
    }

    public JsonObject json() {
        return json;
    }

    public JsonObject title() {
        return json.getJsonObject("title");
    }

    public JsonObject description() {
        return json.getJsonObject("description");
    }

    public String procedure() {
        return json.getString("procedure");
    }

    public Instant questionsDeadline() {
        return Instant.parse(json.getString("questionsDeadline"));
    }

    public Instant submissionDeadline() {
        return Instant.parse(json.getString("submissionDeadline"));
    }

    /** Usernames of the opening board's members. */
    public List<String> boardMembers() {
        return json.getJsonObject("openingBoard").getJsonArray("members").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
    }

    /** How many board members together open the bids. */
    public int threshold() {
        return json.getJsonObject("openingBoard").getInt("threshold");
    }

    public List<JsonObject> lots() {
        return json.getJsonArray("lots").getValuesAs(JsonObject.class);
    }
}
