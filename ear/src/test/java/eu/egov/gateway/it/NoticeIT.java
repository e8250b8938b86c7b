package eu.egov.gateway.it;

import static eu.egov.gateway.it.FilingRefusalsIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Predicate;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Notices: what happened is told to the users concerned, each in their language, in the gateway and by e-mail
 * to the SMTP server the gateway is configured with (GreenMail, here); only the recipient sees a notice.
 */
@ExtendWith(Mailbox.class)
class NoticeIT {

    private final GatewayClient officer = GatewayClient.signedIn("paul");
    private final GatewayClient jonas = GatewayClient.signedIn("jonas");
    private final GatewayClient amelie = GatewayClient.signedIn("amelie");

    @BeforeAll
    static void boardReady() {
        OpeningBoard.ready();
    }

    @Test
    void aCorrigendumTellsEveryBidderInTheirOwnLanguageInTheGatewayAndByMail() {
        String reference = corrigendumAfterBidsOf(jonas, amelie);

        JsonObject german = notice(jonas, reference);
        assertThat(german.getString("kind")).isEqualTo("corrigendum-published");
        assertThat(german.getString("language")).isEqualTo("de");
        assertThat(german.getString("subject")).isEqualTo("Die Ausschreibung " + reference
                + " wurde geändert: Bestätigen oder ersetzen Sie Ihr Angebot");
        assertThat(german.getString("body"))
                .contains("„Renovation of the town hall“", "Berichtigung Nr. 1", "Solarmodule kommen hinzu.")
                .contains("Bestätigen Sie es unverändert oder ersetzen Sie es bis zum Ende der Angebotsfrist");
        assertThat(german.getString("link")).isEqualTo("/bid.html?ref=" + reference);
        assertThat(german).doesNotContainKey("readAt");
        JsonObject french = notice(amelie, reference);
        assertThat(french.getString("language")).isEqualTo("fr");
        assertThat(french.getString("subject")).isEqualTo("L’appel d’offres " + reference
                + " a été modifié : confirmez ou remplacez votre offre");
        assertThat(french.getString("body")).contains("« Rénovation de la mairie »", "Panneaux solaires ajoutés.");

        Mailbox.Mail mail = Mailbox.mailTo("jonas@nordlicht-logistik.example", subjectNaming(reference)).orElseThrow();
        assertThat(mail.subject()).isEqualTo(german.getString("subject"));
        assertThat(mail.text()).startsWith(german.getString("body"))
                .containsPattern("Im Portal öffnen: https?://\\S+/bid.html\\?ref=" + reference);
        assertThat(mail.language()).isEqualTo("de");
        assertThat(mail.from()).isEqualTo("gateway@localhost");
        assertThat(Mailbox.mailTo("amelie@atelier-dupont.example", subjectNaming(reference)).orElseThrow().subject())
                .isEqualTo(french.getString("subject"));
    }

    @Test
    void aDecisionTellsTheApplicantThatItIsAvailable() {
        Arranged.Filing filing = Arranged.decidedFiling("amelie");
        String id = filing.id();
        String reference = filing.reference();

        JsonObject notice = notice(amelie, reference);
        assertThat(notice.getString("kind")).isEqualTo("decision-issued");
        assertThat(notice.getString("subject")).isEqualTo("Décision sur votre dossier " + reference);
        assertThat(notice.getString("body")).contains("La décision signée est disponible");
        assertThat(notice.getString("link")).isEqualTo("/filing.html?id=" + id);
        assertThat(amelie.get("/api/filings/" + id + "/decision").status()).isEqualTo(200);
        Mailbox.Mail mail = Mailbox.mailTo("amelie@atelier-dupont.example", subjectNaming(reference)).orElseThrow();
        assertThat(mail.subject()).isEqualTo("Décision sur votre dossier " + reference);
        assertThat(mail.text()).containsPattern("Ouvrir dans la passerelle : https?://\\S+/filing\\.html\\?id=" + id);
        assertThat(notices(jonas).toString()).doesNotContain(reference);
    }

    @Test
    void onlyItsRecipientSeesOrReadsANotice() {
        String reference = corrigendumAfterBidsOf(jonas);
        String id = notice(jonas, reference).getString("id");
        long unread = unread(jonas);

        assertProblem(amelie.post("/api/notices/" + id + "/read"), 404, "not-found");
        assertThat(notices(amelie).toString()).doesNotContain(reference);
        assertProblem(GatewayClient.anonymous().get("/api/notices"), 401, "authentication-required");
        assertThat(unread(jonas)).isEqualTo(unread);

        GatewayClient.Reply read = jonas.post("/api/notices/" + id + "/read");

        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        String readAt = read.json().getString("readAt");
        assertThat(notice(jonas, reference).getString("readAt")).isEqualTo(readAt);
        assertThat(unread(jonas)).isEqualTo(unread - 1);
        assertThat(jonas.post("/api/notices/" + id + "/read").json().getString("readAt")).isEqualTo(readAt);
        assertProblem(jonas.post("/api/notices/no-such-notice/read"), 404, "not-found");
    }

    @Test
    void noticesComeNewestFirstInPages() {
        String earlier = corrigendumAfterBidsOf(jonas);
        String later = corrigendumAfterBidsOf(jonas);

        JsonObject page = jonas.get("/api/notices?limit=1").json();

        assertThat(page.getInt("limit")).isEqualTo(1);
        assertThat(page.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(2);
        assertThat(page.getJsonArray("items").getJsonObject(0).getString("subject")).contains(later);
        assertThat(jonas.get("/api/notices?offset=1&limit=1").json().getJsonArray("items").getJsonObject(0)
                .getString("subject")).contains(earlier);
    }

    /** Publishes a call for tenders, lets the firms bid, then changes it by a corrigendum; its reference. */
    private String corrigendumAfterBidsOf(GatewayClient... bidders) {
        Instant deadline = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
        JsonObject draft = Json.createObjectBuilder(TenderIT.draft(60, 40, "45000000"))
                .add("questionsDeadline", deadline.minus(Duration.ofDays(1)).toString())
                .add("submissionDeadline", deadline.toString())
                .build();
        String id = officer.post("/api/tenders", draft).json().getString("id");
        officer.post("/api/tenders/" + id + "/publication");
        String reference = officer.get("/api/tenders/" + id).json().getString("reference");
        for (GatewayClient bidder : bidders) {
            GatewayClient.Reply bid = bidder.post("/api/public/tenders/" + reference + "/bids", CorrigendumIT.bid());
            assertThat(bid.status()).as(bid.toString()).isEqualTo(201);
        }
        GatewayClient.Reply amended = officer.post("/api/tenders/" + id + "/corrigenda", Json.createObjectBuilder()
                .add("draft", draft)
                .add("summary", Json.createObjectBuilder().add("en", "Solar panels added.")
                        .add("fr", "Panneaux solaires ajoutés.").add("de", "Solarmodule kommen hinzu."))
                .build());
        assertThat(amended.status()).as(amended.toString()).isEqualTo(200);
        return reference;
    }

    private static JsonObject notices(GatewayClient user) {
        GatewayClient.Reply page = user.get("/api/notices?limit=100");
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page.json();
    }

    /** The user's one notice whose subject names the reference. */
    private static JsonObject notice(GatewayClient user, String reference) {
        return notices(user).getJsonArray("items").stream().map(JsonObject.class::cast)
                .filter(notice -> notice.getString("subject").contains(reference))
                .reduce((one, another) -> {
                    throw new AssertionError("more than one notice names " + reference);
                })
                .orElseThrow(() -> new AssertionError("no notice names " + reference));
    }

    private static long unread(GatewayClient user) {
        return user.get("/api/notices/unread").json().getJsonNumber("count").longValue();
    }

    private static Predicate<Mailbox.Mail> subjectNaming(String reference) {
        return mail -> mail.subject().contains(reference);
    }
}
