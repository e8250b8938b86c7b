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
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Forms shaped otherwise than a flat list, in the browser: steps named by the form, a choice from a
 * list, rows added as needed, a field that shows only when another answer calls for it, why the
 * authority asks, and "check my file" pointing out what deserves a second look before submitting.
 */
class FormShapesJourneyIT {

    @Test
    void aDeclarationWithRowsAddedAsNeededIsCheckedAndSubmitted() {
        try (Browser browser = Browser.open("3-form-shapes")) {
            WebDriver driver = browser.driver();
            inFrench(browser, "/filing.html?form=tourist-tax-declaration");
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Déclaration trimestrielle de taxe de séjour");
            assertThat(driver.findElement(By.cssSelector(".steps")).getText())
                    .contains("Établissement et période", "Nuitées", "Déclaration", "Vérification et dépôt");

            field(driver, "Nom de l'établissement").sendKeys("Gîte du Vieux Lyon");
            field(driver, "Année").sendKeys("2026");
            new Select(field(driver, "Trimestre")).selectByVisibleText("Octobre à décembre");
            continueTo(driver, "Continuer", "Nuitées");
            row(driver, 0, "month").sendKeys("10");
            row(driver, 0, "nights").sendKeys("412");
            row(driver, 0, "exemptNights").sendKeys("30");
            button(driver, "Ajouter un mois").sendKeys(Keys.ENTER);
            WebElement month = waitUntil(driver, d -> d.switchTo().activeElement());
            assertThat(month.getAttribute("data-pointer")).isEqualTo("/months/1/month");
            month.sendKeys("11");
            row(driver, 1, "nights").sendKeys("0");
            row(driver, 1, "exemptNights").sendKeys("0");
            WebElement why = driver.findElement(By.xpath("//fieldset//summary[normalize-space()='Pourquoi nous le demandons']"));
            why.sendKeys(Keys.ENTER);
            assertThat(why.findElement(By.xpath("..")).getText()).contains("Règlement de la taxe de séjour, art. 5");
            look(browser, "declaration-rows");

            continueTo(driver, "Continuer", "Déclaration");
            field(driver, "Je déclare que les informations fournies sont exactes et complètes").sendKeys(Keys.SPACE);
            continueTo(driver, "Continuer", "Vérifiez vos réponses et déposez");
            waitUntil(driver, d -> mainText(d).contains("Tout ce que demande le formulaire est là."));
            assertThat(mainText(driver)).contains("Vous déclarez un mois sans aucune nuitée",
                    "Mois (1–12): 10, Nuitées: 412, Dont exonérées: 30", "Trimestre", "Octobre à décembre");
            look(browser, "declaration-check");

            button(driver, "Déposer").sendKeys(Keys.ENTER);
            waitUntil(driver, d -> mainText(d).contains("Dossier déposé"));
            look(browser, "declaration-submitted");
        }
    }

    @Test
    void aFieldShowsOnlyWhenAnotherAnswerCallsForIt() {
        try (Browser browser = Browser.open("3-form-condition")) {
            WebDriver driver = browser.driver();
            inFrench(browser, "/filing.html?form=terrace-permit");
            field(driver, "Nom du café ou du restaurant").sendKeys("Café des Arts");
            field(driver, "Adresse de l'établissement").sendKeys("12 place des Terreaux, Lyon");
            continueTo(driver, "Continuer", "La terrasse");
            WebElement heaterType = field(driver, "Type de chauffage");
            assertThat(heaterType.isDisplayed()).isFalse();

            field(driver, "La terrasse sera équipée de chauffages extérieurs").sendKeys(Keys.SPACE);

            waitUntil(driver, ExpectedConditions.visibilityOf(heaterType));
            new Select(heaterType).selectByVisibleText("Gaz");
            look(browser, "terrace-heaters");
            field(driver, "La terrasse sera équipée de chauffages extérieurs").sendKeys(Keys.SPACE);
            waitUntil(driver, ExpectedConditions.invisibilityOf(heaterType));
        }
    }

    private static void inFrench(Browser browser, String page) {
        WebDriver driver = browser.driver();
        signIn(browser, "amelie");
        button(driver, "Français").sendKeys(Keys.ENTER);
        waitUntilReadyIn(driver, "fr");
        browser.go(page);
        waitUntilReady(driver);
    }

    private static WebElement row(WebDriver driver, int index, String item) {
        return driver.findElement(By.cssSelector("[data-pointer='/months/" + index + "/" + item + "']"));
    }

}
