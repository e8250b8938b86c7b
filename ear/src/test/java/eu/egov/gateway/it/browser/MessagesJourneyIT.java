package eu.egov.gateway.it.browser;

import static eu.egov.gateway.it.browser.Ui.button;
import static eu.egov.gateway.it.browser.Ui.errorSummary;
import static eu.egov.gateway.it.browser.Ui.field;
import static eu.egov.gateway.it.browser.Ui.follow;
import static eu.egov.gateway.it.browser.Ui.inlineError;
import static eu.egov.gateway.it.browser.Ui.link;
import static eu.egov.gateway.it.browser.Ui.look;
import static eu.egov.gateway.it.browser.Ui.mainText;
import static eu.egov.gateway.it.browser.Ui.signIn;
import static eu.egov.gateway.it.browser.Ui.waitUntil;
import static eu.egov.gateway.it.browser.Ui.waitUntilReady;
import static eu.egov.gateway.it.browser.Ui.waitUntilReadyIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import eu.egov.gateway.it.Arranged;
import eu.egov.gateway.it.Samples;

/**
 * Messages in the browser, by keyboard: Amélie writes to the authority about her filing with the plan of her
 * premises; Claire reads it on the case and answers with a photo; Amélie, in French, follows the notice of
 * the answer to the thread, reads it, downloads the photo, and sees that her own message was read.
 */
class MessagesJourneyIT {

    private static final String QUESTION = "Here is the plan of the premises. Is anything else needed?";
    private static final String ANSWER = "Thank you. The photo shows where the sign may hang.";

    @Test
    void theFirmWritesTheClerkAnswersAndTheFirmReadsTheAnswer() throws Exception {
        Arranged.Filing filing = Arranged.claimedFiling("amelie");
        try (Browser browser = Browser.open("5-messages")) {
            WebDriver driver = browser.driver();
            signIn(browser, "amelie");
            browser.go("/filing.html?id=" + filing.id());
            waitUntilReady(driver);
            assertThat(mainText(driver)).contains("No messages yet.");
            button(driver, "Send the message").sendKeys(Keys.ENTER);
            waitUntil(driver, d -> errorSummary(d).isDisplayed());
            assertThat(errorSummary(driver).getText()).contains("at most 4,000 characters");
            assertThat(inlineError(driver, field(driver, "Your message"))).isNotNull();
            field(driver, "Your message").sendKeys(QUESTION);
            field(driver, "Files to send with it").sendKeys(browser.file("wrong.pdf", Samples.pdf("Wrong")).toString());
            waitUntil(driver, d -> mainText(d).contains("wrong.pdf is ready to be sent."));
            button(driver, "Remove wrong.pdf").sendKeys(Keys.ENTER);
            waitUntil(driver, d -> mainText(d).contains("wrong.pdf has been removed."));
            field(driver, "Files to send with it").sendKeys(browser.file("plan.pdf", Samples.pdf("Plan")).toString());
            waitUntil(driver, d -> mainText(d).contains("plan.pdf is ready to be sent."));
            toMessages(driver);
            look(browser, "firm-writes");
            button(driver, "Send the message").sendKeys(Keys.ENTER);
            waitUntil(driver, d -> mainText(d).contains("Your message has been sent."));
            assertThat(mainText(driver)).contains(QUESTION, "Not read yet").doesNotContain("wrong.pdf");

            signIn(browser, "claire");
            browser.go("/case.html?ref=" + filing.reference());
            waitUntilReady(driver);
            assertThat(mainText(driver)).contains("New Amélie Dupont, Atelier Dupont SARL", QUESTION, "plan.pdf");
            toMessages(driver);
            look(browser, "clerk-reads");
            field(driver, "Your message").sendKeys(ANSWER);
            field(driver, "Files to send with it").sendKeys(browser.file("sign.png", Samples.png()).toString());
            waitUntil(driver, d -> mainText(d).contains("sign.png is ready to be sent."));
            button(driver, "Send the message").sendKeys(Keys.ENTER);
            waitUntil(driver, d -> mainText(d).contains("Your message has been sent."));

            signIn(browser, "amelie");
            button(driver, "Français").sendKeys(Keys.ENTER);
            waitUntilReadyIn(driver, "fr");
            browser.go("/notices.html");
            waitUntilReady(driver);
            WebElement notice = driver.findElement(By.xpath("//article[h2[contains(., '" + filing.reference() + "')]]"));
            assertThat(notice.getText()).contains("Nouveau message concernant " + filing.reference(),
                    "Business Registration Office vous a écrit");
            follow(driver, notice.findElement(By.partialLinkText("Ouvrir")));
            waitUntil(driver, d -> d.switchTo().activeElement().getText().equals("Messages"));
            assertThat(mainText(driver)).contains("Nouveau Claire Martin, Business Registration Office", ANSWER, "Lu le");
            look(browser, "firm-reads");
            link(driver, "sign.png").sendKeys(Keys.ENTER);
            assertThat(Files.readAllBytes(browser.downloadedFile(".png"))).isEqualTo(Samples.png());
        }
    }

    /** Scrolls the thread into view, for the screenshot: it follows the filing's whole record. */
    private static void toMessages(WebDriver driver) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", driver.findElement(By.id("messages-title")));
    }
}
