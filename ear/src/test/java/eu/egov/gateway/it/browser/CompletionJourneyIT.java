package eu.egov.gateway.it.browser;

import static eu.egov.gateway.it.browser.Ui.button;
import static eu.egov.gateway.it.browser.Ui.continueTo;
import static eu.egov.gateway.it.browser.Ui.field;
import static eu.egov.gateway.it.browser.Ui.look;
import static eu.egov.gateway.it.browser.Ui.mainText;
import static eu.egov.gateway.it.browser.Ui.signIn;
import static eu.egov.gateway.it.browser.Ui.waitUntil;
import static eu.egov.gateway.it.browser.Ui.waitUntilReady;
import static eu.egov.gateway.it.browser.Ui.waitUntilReadyIn;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import eu.egov.gateway.it.Arranged;

/**
 * A request for completion in the browser: Claire asks for what is missing instead of deciding;
 * Amélie reads the request on her filing, corrects it and sends it again; the case is back on
 * Claire's desk.
 */
class CompletionJourneyIT {

    private static final String MISSING = "The description must say whether you will sell alcohol.";

    @Test
    void theClerkAsksForWhatIsMissingAndTheFirmCompletesItsFiling() {
        Arranged.Filing filing = Arranged.claimedFiling("amelie");
        try (Browser browser = Browser.open("4-completion")) {
            WebDriver driver = browser.driver();
            signIn(browser, "claire");
            browser.go("/case.html?ref=" + filing.reference());
            waitUntilReady(driver);
            field(driver, "What is missing").sendKeys(MISSING);
            button(driver, "Ask the applicant to complete").sendKeys(Keys.ENTER);
            waitUntil(driver, d -> mainText(d).contains("The applicant has been asked to complete the filing."));
            look(browser, "clerk-asked");

            signIn(browser, "amelie");
            button(driver, "Français").sendKeys(Keys.ENTER);
            waitUntilReadyIn(driver, "fr");
            browser.go("/filing.html?id=" + filing.id());
            waitUntilReady(driver);
            assertThat(mainText(driver)).contains("L’administration vous demande de compléter votre dossier", MISSING);
            look(browser, "firm-asked");
            WebElement description = field(driver, "Décrivez la nouvelle activité");
            description.sendKeys(Keys.END, " Sans vente d'alcool.");
            continueTo(driver, "Continuer", "Pièces jointes");
            continueTo(driver, "Continuer", "Vérifiez vos réponses et déposez");
            waitUntil(driver, d -> mainText(d).contains("Tout ce que demande le formulaire est là."));
            button(driver, "Envoyer le dossier complété").sendKeys(Keys.ENTER);
            waitUntil(driver, d -> mainText(d).contains("Dossier complété envoyé"));
            assertThat(mainText(driver)).contains("Sans vente d'alcool.", "Complété et renvoyé");
            look(browser, "firm-completed");
        }
    }
}
