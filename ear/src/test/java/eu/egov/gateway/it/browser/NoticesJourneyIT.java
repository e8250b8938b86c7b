package eu.egov.gateway.it.browser;

import static eu.egov.gateway.it.browser.Ui.follow;
import static eu.egov.gateway.it.browser.Ui.signIn;
import static eu.egov.gateway.it.browser.Ui.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import eu.egov.gateway.it.Arranged;

/**
 * Amélie's case has been decided: the navigation counts her unread notices, the notices page tells her in
 * French (her language, whatever the page's), she marks the notice read and follows it to her filing.
 */
class NoticesJourneyIT {

    @Test
    void anApplicantIsToldOfADecisionReadsTheNoticeAndFollowsIt() {
        Arranged.Filing filing = Arranged.decidedFiling("amelie");

        try (Browser browser = Browser.open("notices")) {
            WebDriver driver = browser.driver();
            signIn(browser, "amelie");
            // the count comes after the page, in its own request
            int unread = waitUntil(driver, d -> unreadCount(d) > 0 ? unreadCount(d) : null);

            follow(driver, navigationLink(driver));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Notices");
            WebElement notice = notice(driver, filing.reference());
            assertThat(notice.findElement(By.tagName("h2")).getText()).isEqualTo("Décision sur votre dossier " + filing.reference());
            assertThat(notice.getText()).contains("Unread", "La décision signée est disponible");
            browser.screenshot("notices");
            browser.assertAccessible();

            notice.findElement(By.xpath(".//button[starts-with(normalize-space(), 'Mark as read')]")).sendKeys(Keys.ENTER);
            // the list is drawn anew once the gateway has recorded the reading
            new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                    .until(d -> notice(d, filing.reference()).getText().contains("Read "));
            assertThat(notice(driver, filing.reference()).getText()).doesNotContain("Unread");
            waitUntil(driver, d -> unreadCount(d) == unread - 1);
            browser.screenshot("notice-read");

            follow(driver, notice(driver, filing.reference()).findElement(By.partialLinkText("Open")));
            assertThat(driver.getCurrentUrl()).endsWith("/filing.html?id=" + filing.id());
            assertThat(driver.findElement(By.id("main")).getText()).contains(filing.reference());
        }
    }

    private static WebElement navigationLink(WebDriver driver) {
        return driver.findElement(By.cssSelector(".site-nav a[href='notices.html']"));
    }

    /** The count beside the navigation's link, 0 when it shows none. */
    private static int unreadCount(WebDriver driver) {
        Matcher count = Pattern.compile("\\d+").matcher(navigationLink(driver).getText());
        return count.find() ? Integer.parseInt(count.group()) : 0;
    }

    /** The notice on the page whose heading names the reference. */
    private static WebElement notice(WebDriver driver, String reference) {
        return driver.findElement(By.xpath("//article[h2[contains(., '" + reference + "')]]"));
    }
}
