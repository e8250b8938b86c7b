package eu.egov.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Forms of other shapes than a flat list: a field required only under a condition, rows repeated as
 * needed, and "check my file" that reports what blocks a submission with its legal basis and the
 * reason for the rule, and what only deserves a second look, in the applicant's language.
 */
class FormShapeIT {

    private final GatewayClient amelie = GatewayClient.signedIn("amelie");

    @TempDir
    Path work;

    @Test
    void aConditionalFieldIsRequiredOnlyWhenItsConditionHolds() {
        String withHeaters = draft("terrace-permit", terrace().add("heaters", true).add("terraceArea", 64).build());

        GatewayClient.Reply check = amelie.post("/api/filings/" + withHeaters + "/check");

        JsonObject heaterType = at(check.json().getJsonArray("violations").getValuesAs(JsonObject.class), "/heaterType");
        assertThat(heaterType.getString("label")).isEqualTo("Type de chauffage");
        assertThat(heaterType.getString("legalBasis")).isEqualTo("Prescriptions de sécurité incendie sur le domaine public, art. 4");
        assertThat(heaterType.getString("why")).startsWith("Les chauffages au gaz");
        JsonObject sitePlan = at(check.json().getJsonArray("violations").getValuesAs(JsonObject.class), "/attachments/sitePlan");
        assertThat(sitePlan.getString("legalBasis")).isEqualTo("Règlement sur l'usage du domaine public, art. 13");
        List<JsonObject> advisories = check.json().getJsonArray("advisories").getValuesAs(JsonObject.class);
        assertThat(advisories).singleElement().satisfies(advisory -> {
            assertThat(advisory.getString("pointer")).isEqualTo("/terraceArea");
            assertThat(advisory.getString("message")).contains("commission d'urbanisme");
        });

        String withoutHeaters = draft("terrace-permit", terrace().add("heaters", false).add("terraceArea", 24).build());
        GatewayClient.Reply calm = amelie.header("Accept-Language", "de").post("/api/filings/" + withoutHeaters + "/check");
        assertThat(calm.json().getJsonArray("violations").getValuesAs(JsonObject.class))
                .extracting(v -> v.getString("pointer")).containsExactly("/attachments/sitePlan");
        assertThat(calm.json().getJsonArray("advisories")).isEmpty();
        assertThat(at(calm.json().getJsonArray("violations").getValuesAs(JsonObject.class), "/attachments/sitePlan")
                .getString("why")).startsWith("Er zeigt, wo die Tische stehen");
    }

    @Test
    void rowsRepeatAndEachIsCheckedOnItsOwn() throws Exception {
        JsonObject data = declaration(Json.createArrayBuilder()
                .add(month(10, 412, 30))
                .add(Json.createObjectBuilder().add("month", 11).add("nights", "beaucoup").add("exemptNights", 0))
                .add(month(12, 0, 0)));
        String id = draft("tourist-tax-declaration", data);

        GatewayClient.Reply check = amelie.post("/api/filings/" + id + "/check");

        JsonObject nights = at(check.json().getJsonArray("violations").getValuesAs(JsonObject.class), "/months/1/nights");
        assertThat(nights.getString("label")).isEqualTo("Nuitées (2)");
        assertThat(check.json().getJsonArray("advisories").getValuesAs(JsonObject.class))
                .singleElement().satisfies(advisory -> assertThat(advisory.getString("legalBasis"))
                        .isEqualTo("Règlement de la taxe de séjour, art. 6"));

        String fine = draft("tourist-tax-declaration", declaration(Json.createArrayBuilder()
                .add(month(10, 412, 30)).add(month(11, 198, 12)).add(month(12, 305, 20))));
        GatewayClient.Reply clean = amelie.post("/api/filings/" + fine + "/check");
        assertThat(clean.json().getJsonArray("violations")).as(clean.toString()).isEmpty();
        assertThat(clean.json().getJsonArray("advisories")).isEmpty();
        GatewayClient.Reply submitted = amelie.post("/api/filings/" + fine + "/submission");
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        assertThat(amelie.get("/api/filings/" + fine).json().getString("form")).isEqualTo("tourist-tax-declaration");
        Path receipt = Files.write(work.resolve("receipt.pdf"), amelie.get("/api/filings/" + fine + "/receipt").body());
        assertThat(ExternalTool.run("pdftotext", receipt.toString(), "-").output())
                .as("choices by their words, one row a line").contains("Octobre à décembre", "Nuitées: 198, Dont exonérées: 12");
    }

    private String draft(String form, JsonObject data) {
        GatewayClient.Reply created = amelie.post("/api/filings",
                Json.createObjectBuilder().add("form", form).add("data", data).build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getString("id");
    }

    private static JsonObjectBuilder terrace() {
        return Json.createObjectBuilder()
                .add("establishmentName", "Café des Arts")
                .add("establishmentAddress", "12 place des Terreaux, Lyon")
                .add("tables", 8)
                .add("seasonStart", "2027-04-01")
                .add("seasonEnd", "2027-10-31")
                .add("declaration", true);
    }

    private static JsonObject declaration(JsonArrayBuilder months) {
        return Json.createObjectBuilder()
                .add("establishmentName", "Gîte du Vieux Lyon")
                .add("year", 2026)
                .add("quarter", "Q4")
                .add("months", months)
                .add("declaration", true)
                .build();
    }

    private static JsonObject month(int month, int nights, int exempt) {
        return Json.createObjectBuilder().add("month", month).add("nights", nights).add("exemptNights", exempt).build();
    }

    private static JsonObject at(List<JsonObject> findings, String pointer) {
        return findings.stream().filter(f -> f.getString("pointer").equals(pointer)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding at " + pointer + " in " + findings));
    }
}
