package eu.egov.gateway.it.browser;

import static eu.egov.gateway.it.browser.Ui.button;
import static eu.egov.gateway.it.browser.Ui.continueTo;
import static eu.egov.gateway.it.browser.Ui.errorSummary;
import static eu.egov.gateway.it.browser.Ui.field;
import static eu.egov.gateway.it.browser.Ui.follow;
import static eu.egov.gateway.it.browser.Ui.inlineError;
import static eu.egov.gateway.it.browser.Ui.link;
import static eu.egov.gateway.it.browser.Ui.look;
import static eu.egov.gateway.it.browser.Ui.mainText;
import static eu.egov.gateway.it.browser.Ui.signIn;
import static eu.egov.gateway.it.browser.Ui.signInHere;
import static eu.egov.gateway.it.browser.Ui.waitUntil;
import static eu.egov.gateway.it.browser.Ui.waitUntilReady;
import static eu.egov.gateway.it.browser.Ui.waitUntilReadyIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import eu.egov.gateway.it.Samples;

/**
 * A filing's way through the browser, as its people go it, by keyboard: Amélie files a change of
 * activity in French, makes a mistake and is told, leaves a draft and comes back to it, uploads the
 * statutes and submits; Claire rejects the case at her desk; Amélie finds the decision. Each main
 * page is photographed and checked with axe-core on the way.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FilingJourneyIT {

    private static final String REASON = "Les statuts modifiés ne sont pas signés par le gérant.";

    // what one journey leaves to the next
    private static String reference;

    @Test
    @Order(1)
    void anApplicantFilesInFrenchCorrectsAMistakeResumesHerDraftAndSubmits() throws IOException {
        try (Browser browser = Browser.open("1-applicant-files")) {
            WebDriver driver = browser.driver();
            browser.go("/");
            waitUntilReady(driver);
            look(browser, "home");

            follow(driver, link(driver, "Sign in"));
            look(browser, "sign-in");
            signInHere(browser, "amelie");
            assertThat(driver.getCurrentUrl()).endsWith("/workspace.html");
            look(browser, "workspace");

            button(driver, "Français").sendKeys(Keys.ENTER);
            waitUntilReadyIn(driver, "fr");
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Votre espace de travail");
            look(browser, "workspace-fr");

            follow(driver, link(driver, "Commencer"));
            look(browser, "form");

            // the date as many write it, which the form does not take: said next to the field on leaving it
            WebElement date = field(driver, "Date de prise d'effet du changement");
            date.sendKeys("31/12/2026", Keys.TAB);
            WebElement dateError = waitUntil(driver, d -> inlineError(d, date));
            assertThat(dateError.getText()).isEqualTo("Erreur : Saisissez une date au format AAAA-MM-JJ.");
            assertThat(date.getAttribute("aria-invalid")).isEqualTo("true");
            look(browser, "mistake-inline");

            // ... and in the summary of the last step, which links to the field
            continueTo(driver, "Continuer", "Pièces jointes");
            continueTo(driver, "Continuer", "Vérifiez vos réponses et déposez");
            WebElement summary = waitUntil(driver, ExpectedConditions.visibilityOf(errorSummary(driver)));
            assertThat(driver.switchTo().activeElement()).isEqualTo(summary);
            assertThat(summary.getText()).contains(
                    "Date de prise d'effet du changement : Saisissez une date au format AAAA-MM-JJ.",
                    "Statuts modifiés (PDF) : Joignez ce document.");
            look(browser, "mistake-summary");
            summary.findElement(By.partialLinkText("Date de prise d'effet")).sendKeys(Keys.ENTER);
            assertThat(driver.switchTo().activeElement()).isEqualTo(date);

            button(driver, "Enregistrer le brouillon").sendKeys(Keys.ENTER);
            waitUntil(driver, d -> mainText(d).contains("Brouillon enregistré"));
            String draft = driver.getCurrentUrl().replaceAll(".*[?&]id=([^&#]+).*", "$1");

            follow(driver, link(driver, "Espace de travail"));
            // the draft's own line in "Mes dépôts": the organisation has other drafts too
            follow(driver, driver.findElement(By.cssSelector("a[href='filing.html?id=" + draft + "']")));
            look(browser, "resumed");
            WebElement resumedDate = field(driver, "Date de prise d'effet du changement");
            assertThat(resumedDate.getAttribute("value")).isEqualTo("31/12/2026");
            resumedDate.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2027-01-15", Keys.TAB);
            waitUntil(driver, d -> inlineError(d, resumedDate) == null);
            field(driver, "Code d'activité actuel (NACE Rév. 2)").sendKeys("47.11");
            field(driver, "Nouveau code d'activité (NACE Rév. 2)").sendKeys("56.10");
            field(driver, "Décrivez la nouvelle activité").sendKeys("Salon de thé et pâtisserie artisanale, vente à emporter");
            field(driver, "Nombre de salariés après le changement").sendKeys("4");
            field(driver, "Je déclare que les informations fournies sont exactes et complètes").sendKeys(Keys.SPACE);

            continueTo(driver, "Continuer", "Pièces jointes");
            Path statutes = browser.file("statuts-modifies.pdf", Samples.pdf("Statuts modifiés"));
            field(driver, "Statuts modifiés (PDF)").sendKeys(statutes.toString());
            waitUntil(driver, d -> mainText(d).contains("Fichier envoyé : statuts-modifies.pdf"));
            look(browser, "documents");

            continueTo(driver, "Continuer", "Vérifiez vos réponses et déposez");
            waitUntil(driver, d -> mainText(d).contains("Tout ce que demande le formulaire est là."));
            look(browser, "check");

            button(driver, "Déposer").sendKeys(Keys.ENTER);
            WebElement confirmation = waitUntil(driver, ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//h2[normalize-space()='Dossier déposé']/..")));
            List<WebElement> values = confirmation.findElements(By.tagName("strong"));
            reference = values.get(0).getText();
            String verificationCode = values.get(1).getText();
            assertThat(reference).startsWith("FIL-");
            look(browser, "submitted");

            link(driver, "Télécharger votre accusé de réception").sendKeys(Keys.ENTER);
            Path receipt = browser.downloadedFile(".pdf");
            assertThat(receipt.getFileName().toString()).contains(reference);
            assertPdf(receipt);

            // the code links to the public check, as the receipt itself does
            follow(driver, link(driver, verificationCode));
            waitUntil(driver, d -> mainText(d).contains("La passerelle a bien délivré cet accusé de réception."));
            assertThat(mainText(driver)).contains(reference);
            look(browser, "verified");
        }
    }

    @Test
    @Order(2)
    void theClerkFindsTheCaseClaimsItAndRejectsItWithAReason() {
        assumeTrue(reference != null, "needs the filing the applicant's journey submits");
        try (Browser browser = Browser.open("2-clerk-rejects")) {
            WebDriver driver = browser.driver();
            signIn(browser, "claire");
            assertThat(driver.getCurrentUrl()).endsWith("/desk.html");
            look(browser, "desk");

            follow(driver, caseInQueue(driver, reference));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Case " + reference);
            assertThat(mainText(driver)).contains("Salon de thé et pâtisserie artisanale", "statuts-modifies.pdf");
            look(browser, "case");

            button(driver, "Claim this case").sendKeys(Keys.ENTER);
            waitUntil(driver, ExpectedConditions.visibilityOfElementLocated(By.xpath("//h2[normalize-space()='Decide']")));
            look(browser, "claimed");

            // a rejection without its reason is refused, and the reason field says why
            field(driver, "Reject").sendKeys(Keys.SPACE);
            button(driver, "Record the decision").sendKeys(Keys.ENTER);
            WebElement summary = waitUntil(driver, ExpectedConditions.visibilityOf(errorSummary(driver)));
            assertThat(summary.getText()).contains("Reason: ");
            WebElement reason = field(driver, "Reason");
            assertThat(inlineError(driver, reason)).isNotNull();
            look(browser, "reason-missing");

            reason.sendKeys(REASON);
            button(driver, "Record the decision").sendKeys(Keys.ENTER);
            waitUntil(driver, d -> mainText(d).contains("The decision has been recorded"));
            assertThat(driver.findElement(By.xpath("//dt[normalize-space()='Outcome']/following-sibling::dd")).getText())
                    .isEqualTo("Rejected");
            look(browser, "rejected");
        }
    }

    @Test
    @Order(3)
    void theApplicantFindsTheDecision() throws IOException {
        assumeTrue(reference != null, "needs the filing the applicant's journey submits");
        try (Browser browser = Browser.open("3-applicant-sees-decision")) {
            WebDriver driver = browser.driver();
            signIn(browser, "amelie");
            look(browser, "workspace");

            WebElement line = driver.findElement(By.xpath("//tr[.//*[normalize-space()='" + reference + "']]"));
            assertThat(line.getText()).contains("Rejected");
            line.findElement(By.partialLinkText("Decision (PDF)")).sendKeys(Keys.ENTER);
            assertPdf(browser.downloadedFile(".pdf"));

            follow(driver, line.findElement(By.partialLinkText("View")));
            assertThat(mainText(driver)).contains(REASON);
            look(browser, "decision");
        }
    }

    /** The case's link in the queue, paging on as a clerk would when it is not on the first page. */
    private static WebElement caseInQueue(WebDriver driver, String reference) {
        while (true) {
            List<WebElement> links = driver.findElements(By.linkText(reference));
            if (!links.isEmpty()) {
                return links.get(0);
            }
            WebElement next = button(driver, "Next page");
            assertThat(next.isEnabled()).as("case %s in the queue", reference).isTrue();
            WebElement table = driver.findElement(By.tagName("table"));
            next.sendKeys(Keys.ENTER);
            waitUntil(driver, ExpectedConditions.stalenessOf(table));
        }
    }

    private static void assertPdf(Path file) throws IOException {
        byte[] content = Files.readAllBytes(file);
        assertThat(new String(Arrays.copyOf(content, 5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }
}
