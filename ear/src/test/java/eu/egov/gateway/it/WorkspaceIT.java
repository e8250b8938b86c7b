package eu.egov.gateway.it;

import static eu.egov.gateway.it.FilingRefusalsIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * The company workspace: every user of a firm sees the firm's drafts and filings, continues the ones a colleague
 * started, and learns who did what; concurrent saves of one draft do not overwrite each other; nobody else sees them.
 */
class WorkspaceIT {

    private final GatewayClient amelie = GatewayClient.signedIn("amelie");
    private final GatewayClient bruno = GatewayClient.signedIn("bruno");

    @Test
    void aColleagueFindsTheDraftContinuesItAndTheOtherSeesWhoChangedIt() {
        String id = FilingRefusalsIT.draft(amelie, JsonObject.EMPTY_JSON_OBJECT);

        GatewayClient.Reply listed = bruno.get("/api/filings?limit=100");
        assertThat(listed.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .anySatisfy(filing -> assertThat(filing.getString("id")).isEqualTo(id));
        GatewayClient.Reply opened = bruno.get("/api/filings/" + id);
        assertThat(person(opened.json(), "startedBy")).isEqualTo("Amélie Dupont, Atelier Dupont SARL");

        GatewayClient.Reply saved = bruno.put("/api/filings/" + id + "/data",
                Json.createObjectBuilder().add("data", Samples.validData()).build(), "If-Match", opened.header("ETag"));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        GatewayClient.Reply attached = bruno.postRaw("/api/filings/" + id + "/attachments/statutes", "application/pdf",
                Samples.pdf("statutes"), "Content-Disposition", "attachment; filename=\"statutes.pdf\"");
        assertThat(attached.status()).as(attached.toString()).isEqualTo(201);

        JsonObject seen = amelie.get("/api/filings/" + id).json();
        assertThat(seen.getJsonObject("data")).isEqualTo(Samples.validData());
        assertThat(person(seen, "startedBy")).isEqualTo("Amélie Dupont, Atelier Dupont SARL");
        assertThat(person(seen, "changedBy")).isEqualTo("Bruno Lefèvre, Atelier Dupont SARL");
        assertThat(seen.containsKey("onBehalf")).isFalse();

        GatewayClient.Reply submitted = amelie.post("/api/filings/" + id + "/submission");
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        assertThat(bruno.get("/api/filings/" + id + "/receipt").status()).isEqualTo(200);
        assertThat(person(bruno.get("/api/filings/" + id).json(), "changedBy"))
                .as("who submitted it").isEqualTo("Amélie Dupont, Atelier Dupont SARL");
    }

    @Test
    void whenTwoColleaguesSaveOneDraftAtOnceTheLaterIsRefusedAndOverwritesNothing() {
        String id = FilingRefusalsIT.draft(amelie, JsonObject.EMPTY_JSON_OBJECT);
        String amelieRead = amelie.get("/api/filings/" + id).header("ETag");
        String brunoRead = bruno.get("/api/filings/" + id).header("ETag");
        assertThat(brunoRead).isEqualTo(amelieRead);

        GatewayClient.Reply first = bruno.put("/api/filings/" + id + "/data",
                Json.createObjectBuilder().add("data", Samples.validData()).build(), "If-Match", brunoRead);
        GatewayClient.Reply later = amelie.header("Accept-Language", "fr").put("/api/filings/" + id + "/data",
                Json.createObjectBuilder().add("data", Json.createObjectBuilder().add("employees", 99)).build(),
                "If-Match", amelieRead);

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertProblem(later, 412, "edit-conflict");
        assertThat(later.json().getString("detail")).isEqualTo("Quelqu’un a enregistré ce brouillon après que vous "
                + "l’avez ouvert. Rechargez-le, puis refaites votre modification.");
        JsonObject kept = amelie.get("/api/filings/" + id).json();
        assertThat(kept.getJsonObject("data")).isEqualTo(Samples.validData());
        assertThat(person(kept, "changedBy")).isEqualTo("Bruno Lefèvre, Atelier Dupont SARL");
    }

    @Test
    void anotherFirmAndEvenTheFirmsAccountantSeeNothingOfTheFirmsOwnFilings() {
        String id = FilingRefusalsIT.draft(amelie, Samples.validData());

        for (String outsider : new String[] {"jonas", "fanny"}) {
            GatewayClient other = GatewayClient.signedIn(outsider);
            assertProblem(other.get("/api/filings/" + id), 404, "not-found");
            assertProblem(other.put("/api/filings/" + id + "/data",
                    Json.createObjectBuilder().add("data", JsonObject.EMPTY_JSON_OBJECT).build()), 404, "not-found");
            assertThat(other.get("/api/filings?limit=100").json().getJsonArray("items").getValuesAs(JsonObject.class))
                    .noneSatisfy(filing -> assertThat(filing.getString("id")).isEqualTo(id));
        }
        assertThat(amelie.get("/api/filings/" + id).json().getJsonObject("data")).isEqualTo(Samples.validData());
    }

    static String person(JsonObject filing, String role) {
        JsonObject person = filing.getJsonObject(role);
        return person.getString("name") + ", " + person.getString("organisation");
    }
}
