package eu.egov.gateway.it.browser;

import java.time.Duration;
import java.util.Arrays;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a user looks for on the gateway's pages, found as they would find it: fields by their
 * label, buttons and links by their text, errors by their role and by what the field refers to.
 */
final class Ui {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private Ui() {
    }

    /** Signs in from the sign-in page with the demo password, by keyboard, and waits to be let in. */
    static void signIn(Browser browser, String username) {
        browser.go("/sign-in.html");
        waitUntilReady(browser.driver());
        signInHere(browser, username);
    }

    /** Fills in the sign-in form the browser shows now (after being sent there, say). */
    static void signInHere(Browser browser, String username) {
        WebDriver driver = browser.driver();
        field(driver, "Username").sendKeys(username, Keys.TAB);
        driver.switchTo().activeElement().sendKeys(username + "-demo", Keys.ENTER);
        waitUntil(driver, d -> !d.getCurrentUrl().contains("sign-in.html"));
        waitUntilReady(driver);
    }

    /** The control a visible label names (for a checkbox or a file input as for a text box). */
    static WebElement field(WebDriver driver, String label) {
        WebElement element = driver.findElement(By.xpath(
                "//label[.//*[contains(@class, 'label-text')][normalize-space()=" + literal(label) + "]"
                        + " or normalize-space()=" + literal(label) + "]"));
        return driver.findElement(By.id(element.getAttribute("for")));
    }

    /** Follows a link by keyboard, and waits for the page it leads to to be drawn. */
    static void follow(WebDriver driver, WebElement link) {
        String from = driver.getCurrentUrl();
        link.sendKeys(Keys.ENTER);
        waitUntil(driver, d -> !d.getCurrentUrl().equals(from));
        waitUntilReady(driver);
    }

    /** What anyone should be able to see and use: photographed, and passed by axe-core. */
    static void look(Browser browser, String page) {
        browser.screenshot(page);
        browser.assertAccessible();
    }

    static String mainText(WebDriver driver) {
        return driver.findElement(By.tagName("main")).getText();
    }

    /** Presses the form's button to go on (in the page's language) and waits for the next step's heading. */
    static void continueTo(WebDriver driver, String continueButton, String stepTitle) {
        button(driver, continueButton).sendKeys(Keys.ENTER);
        waitUntil(driver, ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//h2[normalize-space()=" + literal(stepTitle) + "]")));
    }

    static WebElement button(WebDriver driver, String text) {
        return driver.findElement(By.xpath("//button[normalize-space()=" + literal(text) + "]"));
    }

    /** A link whose visible text starts so (some links add words only screen readers get). */
    static WebElement link(WebDriver driver, String text) {
        return driver.findElement(By.partialLinkText(text));
    }

    /** The error summary: the page's alert. */
    static WebElement errorSummary(WebDriver driver) {
        return driver.findElement(By.cssSelector("[role=alert]"));
    }

    /** The inline error message a field refers to through aria-describedby, or null when it has none. */
    static WebElement inlineError(WebDriver driver, WebElement field) {
        String describedBy = field.getAttribute("aria-describedby");
        return describedBy == null ? null : Arrays.stream(describedBy.split(" "))
                .filter(id -> id.endsWith("-error"))
                .findFirst()
                .map(id -> driver.findElement(By.id(id)))
                .orElse(null);
    }

    static <T> T waitUntil(WebDriver driver, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, PATIENCE).until(condition);
    }

    /** Waits until the page is drawn: pages mark their main content busy until then. */
    static void waitUntilReady(WebDriver driver) {
        waitUntil(driver, d -> d.findElement(By.id("main")).getAttribute("aria-busy") == null);
    }

    /** Waits until the page is drawn in a language. */
    static void waitUntilReadyIn(WebDriver driver, String tag) {
        waitUntil(driver, d -> tag.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        waitUntilReady(driver);
    }

    /** An XPath string literal, whatever quotes the text holds. */
    private static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }
}
