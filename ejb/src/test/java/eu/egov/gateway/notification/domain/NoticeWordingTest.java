package eu.egov.gateway.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NoticeWordingTest {

    private static final JsonObject TITLE = Json.createObjectBuilder()
            .add("en", "Roof renovation").add("fr", "Rénovation de la toiture").build();
    private static final JsonObject SUMMARY = Json.createObjectBuilder()
            .add("en", "Solar panels added to the works.").add("de", "Solarmodule kommen zu den Arbeiten hinzu.").build();
    private static final Instant DEADLINE = Instant.parse("2026-12-04T15:00:00Z");

    private static NoticeWording.Wording corrigendum(Locale language) {
        return NoticeWording.in(language).of(NoticeKind.CORRIGENDUM_PUBLISHED, "TND-2026-0001", TITLE, 2, SUMMARY, DEADLINE);
    }

    @Test
    void aCorrigendumIsToldInFrenchWithTheTitleInFrenchAndTheSummaryInTheLanguageItWasWrittenIn() {
        NoticeWording.Wording wording = corrigendum(Locale.FRENCH);

        assertThat(wording.language()).isEqualTo(Locale.FRENCH);
        assertThat(wording.subject()).isEqualTo("L’appel d’offres TND-2026-0001 a été modifié : confirmez ou remplacez votre offre");
        assertThat(wording.body())
                .startsWith("L’appel d’offres TND-2026-0001 « Rénovation de la toiture » a été modifié par le rectificatif n° 2 :")
                .contains("\n\nSolar panels added to the works.\n\n")
                .contains("avant la date limite de remise des offres : 4 décembre 2026 à 15:00:00 UTC.")
                .endsWith("Une offre ni confirmée ni remplacée ne sera pas ouverte.");
    }

    @Test
    void aCorrigendumIsToldInGermanWithTheGermanSummary() {
        NoticeWording.Wording wording = corrigendum(Locale.GERMAN);

        assertThat(wording.subject()).isEqualTo("Die Ausschreibung TND-2026-0001 wurde geändert: Bestätigen oder ersetzen Sie Ihr Angebot");
        assertThat(wording.body())
                .contains("„Roof renovation“", "Berichtigung Nr. 2", "Solarmodule kommen zu den Arbeiten hinzu.")
                .contains("bis zum Ende der Angebotsfrist: 4. Dezember 2026, 15:00:00 UTC. ");
    }

    @Test
    void aLanguageWithoutItsOwnWordsReadsEnglishWhateverTheServersLocale() {
        NoticeWording.Wording wording = NoticeWording.in(Locale.ITALIAN).of(NoticeKind.DECISION_ISSUED, "FIL-2026-AB12-CD34", TITLE);

        assertThat(wording.language()).isEqualTo(Locale.ENGLISH);
        assertThat(wording.subject()).isEqualTo("Decision on your filing FIL-2026-AB12-CD34");
        assertThat(corrigendum(Locale.ITALIAN).body()).contains("4 December 2026, 15:00:00 UTC");
    }

    @Test
    void theMailAddsWhereToFollowTheNoticeUp() {
        NoticeWording german = NoticeWording.in(Locale.GERMAN);
        NoticeWording.Wording wording = german.of(NoticeKind.DECISION_ISSUED, "FIL-2026-AB12-CD34", TITLE);

        assertThat(german.mailText(wording, "https://gateway.example/filing.html?id=1"))
                .startsWith("Die Behörde hat über Ihren Antrag FIL-2026-AB12-CD34 (Roof renovation) entschieden.")
                .contains("\n\nIm Portal öffnen: https://gateway.example/filing.html?id=1\n\n")
                .endsWith("finden Sie sie auch unter Benachrichtigungen.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "de"})
    void everyLanguageWordsEverything(String tag) {
        ResourceBundle english = ResourceBundle.getBundle("i18n.notices", Locale.ROOT);
        ResourceBundle translated = ResourceBundle.getBundle("i18n.notices", Locale.forLanguageTag(tag));

        assertThat(translated.getLocale().getLanguage()).isEqualTo(tag);
        english.keySet().forEach(key -> assertThat(translated.getString(key)).as(key).isNotEqualTo(english.getString(key)));
    }
}
