package eu.egov.gateway.it;

import static eu.egov.gateway.it.FilingRefusalsIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * An authority's administrator publishes a new version of a form over the API; filings begun on the
 * earlier version stay bound to it, new ones take the new version.
 */
class FormVersionIT {

    private final GatewayClient admin = GatewayClient.signedIn("admin");
    private final GatewayClient amelie = GatewayClient.signedIn("amelie");

    /** A form no other test files, so that its new versions change nothing for them. */
    private final String code = "market-stall-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aFilingStaysBoundToTheVersionItBeganOn() {
        assertThat(admin.post("/api/admin/forms", definition(1, false)).status()).isEqualTo(201);
        assertProblem(amelie.post("/api/filings", filing(Json.createObjectBuilder().build())), 422, "unknown-form");
        GatewayClient.Reply published = admin.post("/api/admin/forms/" + code + "/versions/1/publication");
        assertThat(published.json().getString("status")).as(published.toString()).isEqualTo("PUBLISHED");
        String onFirst = created(amelie.post("/api/filings", filing(stall())));

        GatewayClient.Reply second = admin.post("/api/admin/forms", definition(2, true));

        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        assertThat(second.json().getString("status")).isEqualTo("DRAFT");
        assertThat(amelie.get("/api/forms/" + code).json().getInt("version")).as("a draft changes nothing yet").isEqualTo(1);
        assertThat(admin.post("/api/admin/forms/" + code + "/versions/2/publication").status()).isEqualTo(200);
        assertThat(versions()).extracting(v -> v.getInt("version") + " " + v.getString("status"))
                .containsExactly("1 RETIRED", "2 PUBLISHED");
        assertThat(amelie.get("/api/forms/" + code).json().getInt("version")).isEqualTo(2);

        assertThat(amelie.get("/api/filings/" + onFirst).json().getInt("formVersion")).isEqualTo(1);
        assertThat(amelie.post("/api/filings/" + onFirst + "/check").json().getJsonArray("violations"))
                .as("the draft begun on version 1 is checked against version 1").isEmpty();
        assertThat(amelie.post("/api/filings/" + onFirst + "/submission").status()).isEqualTo(201);
        String onSecond = created(amelie.post("/api/filings", filing(stall())));
        assertThat(amelie.get("/api/filings/" + onSecond).json().getInt("formVersion")).isEqualTo(2);
        assertThat(amelie.post("/api/filings/" + onSecond + "/check").json().getJsonArray("violations")
                .getValuesAs(JsonObject.class)).extracting(v -> v.getString("pointer")).containsExactly("/pitchNumber");
    }

    @Test
    void versionsAreRefusedWithReasons() {
        assertThat(admin.post("/api/admin/forms", definition(1, false)).status()).isEqualTo(201);

        assertProblem(admin.post("/api/admin/forms", definition(1, true)), 409, "form-version-exists");
        assertProblem(amelie.post("/api/admin/forms", definition(2, false)), 403, "role-required");
        JsonObject misnamed = Json.createPointer("/ui/fields/0/pointer").replace(definition(2, false), Json.createValue("/stallTitle"));
        GatewayClient.Reply refused = admin.header("Accept-Language", "fr").post("/api/admin/forms", misnamed);
        assertProblem(refused, 422, "validation-failed");
        assertThat(refused.json().getJsonArray("violations").getJsonObject(0).getString("pointer")).isEqualTo("/ui/fields/0/pointer");
        assertThat(refused.json().getJsonArray("violations").getJsonObject(0).getString("message")).contains("/stallTitle", "schéma");
        assertProblem(admin.postRaw("/api/admin/forms", "application/json", "{\"code\": ".getBytes()), 400, "malformed-request");

        assertThat(admin.post("/api/admin/forms/" + code + "/versions/1/publication").status()).isEqualTo(200);
        assertProblem(admin.post("/api/admin/forms/" + code + "/versions/1/publication"), 409, "form-not-draft");
        assertThat(admin.post("/api/admin/forms/" + code + "/versions/1/retirement").status()).isEqualTo(200);
        assertProblem(amelie.get("/api/forms/" + code), 404, "not-found");
        assertProblem(amelie.post("/api/filings", filing(stall())), 422, "unknown-form");
        assertProblem(admin.post("/api/admin/forms/" + code + "/versions/1/retirement"), 409, "form-retired");
        assertProblem(admin.post("/api/admin/forms/" + code + "/versions/7/publication"), 404, "not-found");
    }

    private List<JsonObject> versions() {
        return admin.get("/api/admin/forms").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getString("code").equals(code)).toList();
    }

    private JsonObject filing(JsonObject data) {
        return Json.createObjectBuilder().add("form", code).add("data", data).build();
    }

    private static JsonObject stall() {
        return Json.createObjectBuilder().add("stallName", "Fromagerie Dupont").add("declaration", true).build();
    }

    private static String created(GatewayClient.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().getString("id");
    }

    /** A market stall permit; version 2 also asks for the pitch number. */
    private JsonObject definition(int version, boolean askPitch) {
        var required = Json.createArrayBuilder().add("stallName").add("declaration");
        var properties = Json.createObjectBuilder()
                .add("stallName", Json.createObjectBuilder().add("type", "string").add("minLength", 2))
                .add("declaration", Json.createObjectBuilder().add("const", true));
        var fields = Json.createArrayBuilder()
                .add(field("/stallName", "text", "Name of the stall"))
                .add(field("/declaration", "checkbox", "I declare that this is correct"));
        if (askPitch) {
            required.add("pitchNumber");
            properties.add("pitchNumber", Json.createObjectBuilder().add("type", "integer").add("minimum", 1));
            fields.add(field("/pitchNumber", "number", "Pitch number"));
        }
        return Json.createObjectBuilder()
                .add("code", code)
                .add("version", version)
                .add("title", Json.createObjectBuilder().add("en", "Market stall permit").add("fr", "Autorisation d'étal"))
                .add("description", Json.createObjectBuilder().add("en", "A pitch at the weekly market."))
                .add("schema", Json.createObjectBuilder().add("type", "object").add("additionalProperties", false)
                        .add("required", required).add("properties", properties))
                .add("ui", Json.createObjectBuilder().add("fields", fields))
                .add("attachments", Json.createArrayBuilder())
                .build();
    }

    private static JsonObject field(String pointer, String widget, String label) {
        return Json.createObjectBuilder().add("pointer", pointer).add("widget", widget)
                .add("label", Json.createObjectBuilder().add("en", label)).build();
    }
}
