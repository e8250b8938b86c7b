package eu.egov.gateway.it.browser;

import static eu.egov.gateway.it.browser.Ui.button;
import static eu.egov.gateway.it.browser.Ui.field;
import static eu.egov.gateway.it.browser.Ui.follow;
import static eu.egov.gateway.it.browser.Ui.inlineError;
import static eu.egov.gateway.it.browser.Ui.link;
import static eu.egov.gateway.it.browser.Ui.look;
import static eu.egov.gateway.it.browser.Ui.mainText;
import static eu.egov.gateway.it.browser.Ui.signIn;
import static eu.egov.gateway.it.browser.Ui.waitUntil;
import static eu.egov.gateway.it.browser.Ui.waitUntilReady;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import eu.egov.gateway.it.Arranged;
import eu.egov.gateway.it.WebhookReceiver;

/**
 * The authority's administration in the browser: the administrator subscribes the back-office to webhooks (an
 * address the gateway must not call is refused next to the field), copies the secret shown once, and sees a
 * filing's event delivered; drafts a form version from its JSON definition (the faults named by their pointers),
 * sees it as firms will, publishes and retires it; a clerk exports the authority's filings as CSV from the case desk.
 */
class AdministrationJourneyIT {

    /** The demo form's definition, as the administrator would start a form of their own from it. */
    private static final Path DEMO_FORM = Path.of("../ejb/src/main/resources/forms/business-activity-change.json");

    @Test
    void anAdministratorConnectsTheBackOfficeAndPublishesAFormAndAClerkExportsTheFilings() throws Exception {
        String path = "/back-office/" + UUID.randomUUID();
        try (WebhookReceiver receiver = WebhookReceiver.start(); Browser browser = Browser.open("administration")) {
            WebDriver driver = browser.driver();
            signIn(browser, "admin");
            follow(driver, link(driver, "Back-office integration"));

            WebElement url = field(driver, "Address of your endpoint");
            url.sendKeys("https://169.254.169.254/latest/meta-data", Keys.ENTER);
            waitUntil(driver, d -> inlineError(d, field(d, "Address of your endpoint")) != null);
            assertThat(inlineError(driver, url).getText()).contains("private, loopback or link-local");
            assertThat(Ui.errorSummary(driver).getText()).contains("169.254.169.254");
            browser.screenshot("address-refused");

            url.clear();
            url.sendKeys(WebhookReceiver.url(path));
            button(driver, "Subscribe").sendKeys(Keys.ENTER);
            String secret = waitUntil(driver, d -> d.findElements(By.id("webhook-secret")).stream()
                    .map(WebElement::getText).findFirst().orElse(null));
            assertThat(secret).startsWith("whsec_");
            assertThat(mainText(driver)).contains("Copy it now", WebhookReceiver.url(path));
            look(browser, "secret-once");

            Arranged.Filing filing = Arranged.claimedFiling("amelie");
            receiver.await(path, 1);
            follow(driver, row(driver, WebhookReceiver.url(path)).findElement(By.partialLinkText("Deliveries")));
            assertThat(mainText(driver)).as("the secret is shown once").doesNotContain(secret);
            // the gateway records the delivery once the receiver has answered
            waitUntil(driver, d -> {
                d.navigate().refresh();
                waitUntilReady(d);
                return mainText(d).contains("Delivered");
            });
            assertThat(mainText(driver)).contains("filing.submitted", "HTTP 204");
            look(browser, "delivered");
            button(driver, "Delete: " + WebhookReceiver.url(path)).sendKeys(Keys.ENTER);
            waitUntil(driver, d -> mainText(d).contains("has been deleted"));

            String code = "activity-" + UUID.randomUUID().toString().substring(0, 8);
            String title = "Change of activity " + code;
            JsonObject definition = definition(code, title);
            follow(driver, link(driver, "Forms"));
            WebElement file = field(driver, "Load the definition from a file (optional)");
            file.sendKeys(browser.file("misnamed.json", Json.createPointer("/ui/fields/0/pointer")
                    .replace(definition, Json.createValue("/startDate")).toString().getBytes(StandardCharsets.UTF_8)).toString());
            waitUntil(driver, d -> field(d, "Definition (JSON)").getAttribute("value").contains(code));
            button(driver, "Create the draft").sendKeys(Keys.ENTER);
            waitUntil(driver, d -> inlineError(d, field(d, "Definition (JSON)")) != null);
            assertThat(inlineError(driver, field(driver, "Definition (JSON)")).getText()).contains("/ui/fields/0/pointer", "/startDate");
            look(browser, "definition-refused");

            file = field(driver, "Load the definition from a file (optional)");
            file.sendKeys(browser.file("definition.json", definition.toString().getBytes(StandardCharsets.UTF_8)).toString());
            waitUntil(driver, d -> !field(d, "Definition (JSON)").getAttribute("value").contains("/startDate"));
            button(driver, "Create the draft").sendKeys(Keys.ENTER);
            waitUntil(driver, d -> mainText(d).contains("Version 1 of " + title + " is kept as a draft."));
            assertThat(row(driver, code).getText()).contains("Draft");
            follow(driver, row(driver, code).findElement(By.partialLinkText("View")));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(title);
            assertThat(field(driver, "Date the change takes effect").isDisplayed()).isTrue();
            look(browser, "draft-preview");
            follow(driver, link(driver, "Back to the forms"));
            button(driver, "Publish: " + title + ", version 1").sendKeys(Keys.ENTER);
            waitUntil(driver, d -> mainText(d).contains("Version 1 of " + title + " is published"));
            assertThat(row(driver, code).getText()).contains("Published").doesNotContain("Draft");
            browser.screenshot("published");
            // retired again, so that the firms' catalogue keeps only the forms they know
            button(driver, "Retire: " + title + ", version 1").sendKeys(Keys.ENTER);
            waitUntil(driver, d -> mainText(d).contains("Version 1 of " + title + " is retired."));
            assertThat(row(driver, code).getText()).contains("Retired");

            signIn(browser, "claire");
            WebElement until = field(driver, "Submitted until");
            until.sendKeys("yesterday", Keys.ENTER);
            waitUntil(driver, d -> inlineError(d, field(d, "Submitted until")) != null);
            look(browser, "export-refused");
            until.clear();
            field(driver, "Submitted from").sendKeys(LocalDate.now(ZoneOffset.UTC).toString());
            button(driver, "Download the export").sendKeys(Keys.ENTER);
            String csv = Files.readString(browser.downloadedFile(".csv"));
            assertThat(csv).startsWith("reference,formCode,formVersion,firm").contains(filing.reference() + ",");
            waitUntil(driver, d -> mainText(d).contains("has been downloaded"));
            browser.screenshot("exported");
        }
    }

    /** The row of a table that names a subscription's address or a form's code. */
    private static WebElement row(WebDriver driver, String text) {
        return driver.findElement(By.xpath("//tr[./*[1][contains(., '" + text + "')]]"));
    }

    /** The demo form's definition under a code and title of this journey's own. */
    private static JsonObject definition(String code, String title) throws IOException {
        try (var reader = Json.createReader(new StringReader(Files.readString(DEMO_FORM)))) {
            JsonObject demo = reader.readObject();
            return Json.createObjectBuilder(demo)
                    .add("code", code)
                    .add("version", 1)
                    .add("title", Json.createObjectBuilder().add("en", title))
                    .build();
        }
    }
}
