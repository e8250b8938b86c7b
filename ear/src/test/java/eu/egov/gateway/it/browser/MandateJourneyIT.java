package eu.egov.gateway.it.browser;

import static eu.egov.gateway.it.browser.Ui.button;
import static eu.egov.gateway.it.browser.Ui.continueTo;
import static eu.egov.gateway.it.browser.Ui.field;
import static eu.egov.gateway.it.browser.Ui.follow;
import static eu.egov.gateway.it.browser.Ui.link;
import static eu.egov.gateway.it.browser.Ui.look;
import static eu.egov.gateway.it.browser.Ui.mainText;
import static eu.egov.gateway.it.browser.Ui.signIn;
import static eu.egov.gateway.it.browser.Ui.waitUntil;
import static eu.egov.gateway.it.browser.Ui.waitUntilReadyIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import eu.egov.gateway.it.Samples;

/**
 * By keyboard: Bruno of Atelier Dupont gives the firm's accountant a mandate; Fanny of Fiduciaire Martin &
 * Associés picks Atelier Dupont as the client to file for, files a change of activity and submits it; Bruno
 * finds it among his firm's filings, started by Fanny of the fiduciary.
 */
class MandateJourneyIT {

    @Test
    void anAccountantFilesForAClientUnderTheMandateTheClientGave() {
        String mandate;
        try (Browser browser = Browser.open("mandate-1-firm-grants")) {
            WebDriver driver = browser.driver();
            signIn(browser, "bruno");
            follow(driver, link(driver, "Mandates"));
            look(browser, "mandates");

            field(driver, "Country of the intermediary").sendKeys("FR");
            field(driver, "Its registration number").sendKeys("RCS Lyon 901 234 567");
            field(driver, "Valid until (inclusive)").sendKeys("31/12/2030");
            button(driver, "Give the mandate").sendKeys(Keys.ENTER);
            waitUntil(driver, d -> mainText(d).contains("Error: Write the date as year-month-day"));

            WebElement until = field(driver, "Valid until (inclusive)");
            until.sendKeys(Keys.chord(Keys.CONTROL, "a"), LocalDate.now(ZoneOffset.UTC).plusYears(1).toString());
            button(driver, "Give the mandate").sendKeys(Keys.ENTER);
            WebElement notice = waitUntil(driver, ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//p[contains(., 'given to Fiduciaire Martin & Associés.')]")));
            mandate = notice.getText().replaceAll(".*(MND-[0-9A-Z-]+).*", "$1");
            WebElement line = driver.findElement(By.xpath("//tr[.//*[normalize-space()='" + mandate + "']]"));
            assertThat(line.getText()).contains("All forms", "In force");
            look(browser, "mandate-given");
        }

        try (Browser browser = Browser.open("mandate-2-accountant-files")) {
            WebDriver driver = browser.driver();
            signIn(browser, "fanny");
            button(driver, "English").sendKeys(Keys.ENTER);
            waitUntilReadyIn(driver, "en");
            field(driver, "File for").sendKeys("Atelier Dupont SARL (mandate " + mandate + ")");
            look(browser, "workspace-for-client");
            follow(driver, driver.findElement(By.cssSelector("a[href$='&mandate=" + mandate + "']")));
            assertThat(mainText(driver)).contains("You are filing this for a client under mandate " + mandate);

            field(driver, "Date the change takes effect").sendKeys("2027-03-01");
            field(driver, "Current activity code (NACE Rev. 2)").sendKeys("47.11");
            field(driver, "New activity code (NACE Rev. 2)").sendKeys("56.10");
            field(driver, "Describe the new activity").sendKeys("Tea room and artisan pastry, take-away");
            field(driver, "Number of employees after the change").sendKeys("4");
            field(driver, "I declare that the information given is correct and complete").sendKeys(Keys.SPACE);
            continueTo(driver, "Continue", "Documents");
            Path statutes = browser.file("statutes.pdf", Samples.pdf("Amended statutes"));
            field(driver, "Amended statutes (PDF)").sendKeys(statutes.toString());
            waitUntil(driver, d -> mainText(d).contains("statutes.pdf has been uploaded."));
            continueTo(driver, "Continue", "Check your answers and submit");
            waitUntil(driver, d -> mainText(d).contains("Everything the form asks for is there."));

            button(driver, "Submit").sendKeys(Keys.ENTER);
            waitUntil(driver, ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//h2[normalize-space()='Filing submitted']")));
            assertThat(mainText(driver)).contains("by Fiduciaire Martin & Associés under mandate " + mandate,
                    "Fanny Martin (Fiduciaire Martin & Associés)");
            look(browser, "submitted-for-client");
        }

        try (Browser browser = Browser.open("mandate-3-firm-sees-it")) {
            WebDriver driver = browser.driver();
            signIn(browser, "bruno");
            assertThat(driver.findElement(By.id("filings-title")).getText()).isEqualTo("Filings of Atelier Dupont SARL");
            assertThat(driver.findElement(By.xpath("//tr[.//*[contains(., 'Fanny Martin (Fiduciaire Martin & Associés)')]]"))
                    .getText()).contains("Submitted");
            look(browser, "firm-workspace");
        }
    }
}
