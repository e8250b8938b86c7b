package eu.egov.gateway.it.browser;

import static eu.egov.gateway.it.browser.Ui.button;
import static eu.egov.gateway.it.browser.Ui.errorSummary;
import static eu.egov.gateway.it.browser.Ui.field;
import static eu.egov.gateway.it.browser.Ui.follow;
import static eu.egov.gateway.it.browser.Ui.inlineError;
import static eu.egov.gateway.it.browser.Ui.link;
import static eu.egov.gateway.it.browser.Ui.signIn;
import static eu.egov.gateway.it.browser.Ui.waitUntil;
import static eu.egov.gateway.it.browser.Ui.waitUntilReady;
import static eu.egov.gateway.it.browser.Ui.waitUntilReadyIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
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
 * A call for tenders from draft to opened bids, in the browser, by keyboard: Paul drafts and
 * publishes it; Amélie's and Jonas's firms ask questions, which Paul answers for all to read;
 * Amélie's firm bids as the lead of a consortium that Luca's firm confirms; Jonas's firm bids and
 * then replaces its bid; after the deadline two of the three board members enter their passphrases
 * and the opened bids are the last of each firm, at their prices. Meanwhile, on another call, a
 * corrigendum asks Amélie's firm to keep or replace its bid, which it keeps and then withdraws. Each
 * main page is photographed and checked with axe-core on the way.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TenderJourneyIT {

    private static final String TITLE = "Town hall windows " + Instant.now().getEpochSecond();
    private static final String[] BOARD = {"olga", "omar", "odile"};

    // what one journey leaves to the next
    private static boolean boardReady;
    private static Instant submissionDeadline;
    private static String reference;
    private static String leadHash;

    @Test
    @Order(1)
    void theBoardMembersHaveSetTheirOpeningPassphrases() {
        for (String member : BOARD) {
            try (Browser browser = Browser.open("tender-1-passphrase-" + member)) {
                WebDriver driver = browser.driver();
                signIn(browser, member);
                follow(driver, link(driver, "Opening passphrase"));
                field(driver, "Passphrase").sendKeys(passphrase(member));
                button(driver, "Set the passphrase").sendKeys(Keys.ENTER);
                // set once: an earlier test may have set it already, which the page says
                waitUntil(driver, d -> mainText(d).contains("Your passphrase has been set.") || errorSummary(d).isDisplayed());
                assertThat(mainText(driver)).containsAnyOf("Your passphrase has been set.", "Passphrase already set");
                look(browser, "passphrase");
            }
        }
        boardReady = true;
    }

    @Test
    @Order(2)
    void theOfficerDraftsAndPublishesTheCallForTenders() {
        assumeTrue(boardReady, "needs the board's passphrases");
        // the deadlines leave time for the firms' steps below, and not much more: the test waits for the second.
        // On a quiet machine those steps take about a minute; a busy one took over 100 s, hence the margin.
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant questionsDeadline = start.plusSeconds(60);
        submissionDeadline = start.plusSeconds(150);
        try (Browser browser = Browser.open("tender-2-officer-publishes")) {
            WebDriver driver = browser.driver();
            signIn(browser, "paul");
            assertThat(driver.getCurrentUrl()).as("an officer's own page").endsWith("/my-tenders.html");
            look(browser, "my-tenders");
            follow(driver, link(driver, "New call for tenders"));

            fillDraft(driver, TITLE, questionsDeadline, submissionDeadline, "30");
            assertThat(mainText(driver)).contains("The weights add up to 90 of 100.");

            // another language draws the form anew, with what was typed
            button(driver, "Français").sendKeys(Keys.ENTER);
            waitUntilReadyIn(driver, "fr");
            assertThat(field(driver, "Titre (anglais)").getAttribute("value")).isEqualTo(TITLE);
            assertThat(field(driver, "Lot 1, critère 2 : pondération").getAttribute("value")).isEqualTo("30");
            look(browser, "draft-fr");
            button(driver, "English").sendKeys(Keys.ENTER);
            waitUntilReadyIn(driver, "en");
            WebElement weight = field(driver, "Lot 1, criterion 2: weight");

            // weights that do not add up to 100 are refused, and said so
            button(driver, "Save the draft").sendKeys(Keys.ENTER);
            WebElement summary = waitUntil(driver, ExpectedConditions.visibilityOf(errorSummary(driver)));
            assertThat(summary.getText()).contains("must add up to 100 (now 90)");
            look(browser, "weights-refused");

            weight.sendKeys(Keys.BACK_SPACE, Keys.BACK_SPACE, "40");
            button(driver, "Save the draft").sendKeys(Keys.ENTER);
            waitUntil(driver, d -> mainText(d).contains("The draft has been saved."));
            look(browser, "draft");

            field(driver, "Attach a procurement document").sendKeys(
                    browser.file("specifications.pdf", Samples.pdf("Specifications")).toString());
            waitUntil(driver, d -> mainText(d).contains("specifications.pdf"));

            reference = publish(driver);
            look(browser, "published");
        }
    }

    @Test
    @Order(3)
    void twoFirmsAskQuestionsAndTheOfficerAnswersForAllToRead() {
        assumeTrue(reference != null, "needs the published call for tenders");
        try (Browser browser = Browser.open("tender-3-questions")) {
            WebDriver driver = browser.driver();
            signIn(browser, "amelie");
            follow(driver, link(driver, "Calls for tenders"));
            look(browser, "list");
            follow(driver, tenderInList(driver));
            assertThat(mainText(driver)).contains(reference, "Lot 1: Windows", "45421132 – Installation of windows",
                    "Quality of the works plan", "40 %", "€250,000.00", "specifications.pdf");
            look(browser, "tender");
            ask(driver, "Are the frames to be made of wood?");
        }
        try (Browser browser = Browser.open("tender-3-questions-jonas")) {
            WebDriver driver = browser.driver();
            signIn(browser, "jonas");
            browser.go("/tender.html?ref=" + reference);
            waitUntilReady(driver);
            ask(driver, "May the old windows be recycled off site?");
        }
        try (Browser browser = Browser.open("tender-3-answers")) {
            WebDriver driver = browser.driver();
            signIn(browser, "paul");
            assertThat(driver.getCurrentUrl()).as("an officer's own page").endsWith("/my-tenders.html");
            follow(driver, link(driver, TITLE));
            field(driver, "Answer").sendKeys("Yes, oak or larch.");
            button(driver, "Publish the answer").sendKeys(Keys.ENTER);
            waitUntil(driver, d -> mainText(d).contains("The answer has been published for everyone."));
            look(browser, "answered");
        }
        try (Browser browser = Browser.open("tender-3-public")) {
            WebDriver driver = browser.driver();
            browser.go("/tender.html?ref=" + reference);
            waitUntilReady(driver);
            assertThat(mainText(driver)).contains("Are the frames to be made of wood?", "Yes, oak or larch.",
                    "May the old windows be recycled off site?", "Not answered yet.")
                    .doesNotContain("Atelier Dupont").doesNotContain("Nordlicht");
            look(browser, "public-answers");
        }
    }

    @Test
    @Order(4)
    void aFirmBidsAsTheLeadOfAConsortiumWhoseMemberConfirms() throws IOException {
        assumeTrue(reference != null, "needs the published call for tenders");
        try (Browser browser = Browser.open("tender-4-consortium-bid")) {
            WebDriver driver = browser.driver();
            signIn(browser, "amelie");
            browser.go("/tender.html?ref=" + reference);
            waitUntilReady(driver);
            follow(driver, link(driver, "Prepare your bid"));
            look(browser, "bid-form");

            field(driver, "Bid for lot 1: Windows").sendKeys(Keys.SPACE);
            field(driver, "Price for lot 1 (EUR)").sendKeys("240000");
            field(driver, "We declare that none of the grounds for exclusion applies to our firm.").sendKeys(Keys.SPACE);
            field(driver, "We declare that our firm meets the selection criteria.").sendKeys(Keys.SPACE);
            button(driver, "Add a subcontractor").sendKeys(Keys.ENTER);
            field(driver, "Name of subcontractor 1").sendKeys("Vitrerie Lefèvre");
            field(driver, "Country of subcontractor 1").sendKeys("FR");
            field(driver, "Share of subcontractor 1 (%)").sendKeys("15");
            field(driver, "We bid as the lead of a consortium").sendKeys(Keys.SPACE);
            field(driver, "Country of member 1").sendKeys("IT");
            field(driver, "Registration number of member 1").sendKeys("REA MI-2345678");
            field(driver, "Upload an offer document").sendKeys(browser.file("offer.pdf", Samples.pdf("Technical offer")).toString());
            waitUntil(driver, d -> mainText(d).contains("offer.pdf has been uploaded."));
            assertThat(driver.findElement(By.xpath("//label[starts-with(normalize-space(), 'Include offer.pdf')]/preceding-sibling::input"))
                    .isSelected()).as("a document just uploaded goes with the bid").isTrue();
            look(browser, "bid-filled");

            button(driver, "Submit the bid").sendKeys(Keys.ENTER);
            WebElement proof = waitUntil(driver, ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//h2[normalize-space()='Bid received and sealed']/..")));
            leadHash = proof.findElement(By.cssSelector(".hash")).getText();
            assertThat(leadHash).matches("[0-9a-f]{64}");
            look(browser, "bid-sealed");

            proof.findElement(By.partialLinkText("Receipt (PDF)")).sendKeys(Keys.ENTER);
            assertPdf(browser.downloadedFile(".pdf"));
            assertThat(bidsTable(driver)).contains("Officina Rossi S.r.l. (not confirmed yet)");
        }
        try (Browser browser = Browser.open("tender-4-member-confirms")) {
            WebDriver driver = browser.driver();
            signIn(browser, "luca");
            browser.go("/bid.html?ref=" + reference);
            waitUntilReady(driver);
            assertThat(mainText(driver)).contains("Atelier Dupont SARL");
            look(browser, "invitation");
            button(driver, "Confirm our participation: Atelier Dupont SARL").sendKeys(Keys.ENTER);
            waitUntil(driver, d -> mainText(d).contains("Your firm's participation has been confirmed."));
        }
    }

    @Test
    @Order(5)
    void aFirmBidsThenReplacesItsBid() {
        assumeTrue(reference != null, "needs the published call for tenders");
        try (Browser browser = Browser.open("tender-5-replaced-bid")) {
            WebDriver driver = browser.driver();
            signIn(browser, "jonas");
            browser.go("/bid.html?ref=" + reference);
            waitUntilReady(driver);

            // a bid without the self-declaration is refused, and the declaration says why
            button(driver, "Submit the bid").sendKeys(Keys.ENTER);
            waitUntil(driver, ExpectedConditions.visibilityOf(errorSummary(driver)));
            WebElement declaration = field(driver, "We declare that none of the grounds for exclusion applies to our firm.");
            assertThat(inlineError(driver, declaration)).isNotNull();
            assertThat(bidsTable(driver)).contains("Your firm has not bid yet.");
            look(browser, "bid-refused");

            bid(driver, "230000", "Submit the bid");
            bid(driver, "225000", "Replace the bid");
            assertThat(bidsTable(driver)).contains("Counts", "Replaced");
            look(browser, "replaced");
        }
    }

    /** Another call for tenders, while the first one's deadline comes. */
    @Test
    @Order(6)
    void aCorrigendumAsksTheBidderToKeepItsBidWhichItThenWithdraws() throws IOException {
        assumeTrue(boardReady, "needs the board's passphrases");
        String title = "Town hall roof " + Instant.now().getEpochSecond();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String published;
        try (Browser browser = Browser.open("tender-6-corrigendum")) {
            WebDriver driver = browser.driver();
            signIn(browser, "paul");
            browser.go("/manage-tender.html");
            waitUntilReady(driver);
            fillDraft(driver, title, now.plus(Duration.ofDays(10)), now.plus(Duration.ofDays(20)), "40");
            button(driver, "Save the draft").sendKeys(Keys.ENTER);
            waitUntil(driver, d -> mainText(d).contains("The draft has been saved."));
            published = publish(driver);
        }
        try (Browser browser = Browser.open("tender-6-corrigendum-bid")) {
            WebDriver driver = browser.driver();
            signIn(browser, "amelie");
            browser.go("/bid.html?ref=" + published);
            waitUntilReady(driver);
            bid(driver, "199000", "Submit the bid");
        }
        try (Browser browser = Browser.open("tender-6-corrigendum-officer")) {
            WebDriver driver = browser.driver();
            signIn(browser, "paul");
            assertThat(driver.getCurrentUrl()).as("an officer's own page").endsWith("/my-tenders.html");
            follow(driver, link(driver, title));
            field(driver, "What changed (English)").sendKeys("The estimated value is raised to 300,000 EUR.");
            WebElement value = field(driver, "Lot 1 estimated value (EUR)");
            value.sendKeys(Keys.chord(Keys.CONTROL, "a"), "300000");
            look(browser, "corrigendum");
            button(driver, "Publish the corrigendum").sendKeys(Keys.ENTER);
            waitUntil(driver, d -> mainText(d).contains("The corrigendum has been published."));
        }
        try (Browser browser = Browser.open("tender-6-corrigendum-bidder")) {
            WebDriver driver = browser.driver();
            signIn(browser, "amelie");
            browser.go("/tender.html?ref=" + published);
            waitUntilReady(driver);
            assertThat(mainText(driver)).contains("Corrigendum 1", "The estimated value is raised to 300,000 EUR.", "€300,000.00");
            look(browser, "amended");

            follow(driver, link(driver, "Prepare your bid"));
            assertThat(mainText(driver)).contains("A corrigendum changed the call for tenders after your bid.");
            look(browser, "needs-confirmation");
            button(driver, "Keep my bid as it is").sendKeys(Keys.ENTER);
            waitUntil(driver, d -> mainText(d).contains("Your bid stands as it is."));
            assertThat(mainText(driver)).doesNotContain("A corrigendum changed the call for tenders after your bid.");

            button(driver, "Withdraw the bid").sendKeys(Keys.ENTER);
            waitUntil(driver, d -> mainText(d).contains("Your bid has been withdrawn."));
            assertThat(bidsTable(driver)).contains("Withdrawn");
            look(browser, "withdrawn");
            link(driver, "Withdrawal receipt (PDF)").sendKeys(Keys.ENTER);
            assertPdf(browser.downloadedFile(".pdf"));
        }
    }

    @Test
    @Order(7)
    void afterTheDeadlineTwoOfThreeBoardMembersOpenTheLastBidOfEachFirm() throws Exception {
        assumeTrue(reference != null && leadHash != null, "needs the bids");
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), submissionDeadline).toMillis()) + 1000);
        // two of the three open the bids
        String[] opening = {BOARD[0], BOARD[1]};
        for (int i = 0; i < opening.length; i++) {
            String member = opening[i];
            try (Browser browser = Browser.open("tender-7-opening-" + member)) {
                WebDriver driver = browser.driver();
                signIn(browser, member);
                browser.go("/tender.html?ref=" + reference);
                waitUntilReady(driver);
                follow(driver, link(driver, "Opening of the bids"));
                assertThat(mainText(driver)).contains(i + " of the 2 needed");
                look(browser, "opening");
                field(driver, "Your opening passphrase").sendKeys(passphrase(member));
                button(driver, "Enter the passphrase").sendKeys(Keys.ENTER);
                if (i == 0) {
                    waitUntil(driver, d -> mainText(d).contains("1 of the 2 needed"));
                    assertThat(mainText(driver)).contains(member);
                    look(browser, "entered");
                } else {
                    waitUntil(driver, d -> mainText(d).contains("The bids have been opened."));
                    look(browser, "opened");
                    assertOpened(browser);
                }
            }
        }
    }

    private static void assertOpened(Browser browser) throws IOException {
        WebDriver driver = browser.driver();
        WebElement lead = driver.findElement(By.xpath("//tr[th[normalize-space()='Atelier Dupont SARL']]"));
        assertThat(lead.getText()).contains("€240,000.00", leadHash, "Officina Rossi S.r.l. (confirmed)", "offer.pdf");
        assertThat(lead.findElements(By.xpath(".//strong[normalize-space()='Yes']"))).as("the bid and its document match the receipt").hasSize(2);
        WebElement replaced = driver.findElement(By.xpath("//tr[th[normalize-space()='Nordlicht Logistik GmbH']]"));
        assertThat(replaced.getText()).contains("€225,000.00", "Yes").doesNotContain("230,000");
        assertThat(driver.findElements(By.xpath("//table[caption]/tbody/tr"))).hasSize(2);
        link(driver, "Opening report (PDF)").sendKeys(Keys.ENTER);
        assertPdf(browser.downloadedFile(".pdf"));
        lead.findElement(By.linkText("offer.pdf")).sendKeys(Keys.ENTER);
        assertPdf(browser.downloadedFile("offer.pdf"));
    }

    /** Fills in the new call for tenders: one lot, two criteria, the second weighing as given. */
    private static void fillDraft(WebDriver driver, String title, Instant questionsDeadline, Instant submissionDeadline,
                                        String secondWeight) {
        field(driver, "Title (English)").sendKeys(title);
        field(driver, "Description (English)").sendKeys("Replacing the windows of the town hall's east wing.");
        field(driver, "Questions deadline").sendKeys(local(questionsDeadline));
        field(driver, "Submission deadline").sendKeys(local(submissionDeadline));
        field(driver, "Opening board").sendKeys(String.join(", ", BOARD));
        field(driver, "Lot 1 title (English)").sendKeys("Windows");
        field(driver, "Lot 1 estimated value (EUR)").sendKeys("250000");
        field(driver, "Lot 1: search the CPV").sendKeys("45421132", Keys.ENTER);
        button(driver, "Add 45421132 Installation of windows").sendKeys(Keys.ENTER);
        field(driver, "Lot 1, criterion 1: name (English)").sendKeys("Price");
        field(driver, "Lot 1, criterion 1: weight").sendKeys("60");
        button(driver, "Add a criterion to lot 1").sendKeys(Keys.ENTER);
        field(driver, "Lot 1, criterion 2: name (English)").sendKeys("Quality of the works plan");
        field(driver, "Lot 1, criterion 2: weight").sendKeys(secondWeight);
    }

    /** Publishes the saved draft shown; answers its reference. */
    private static String publish(WebDriver driver) {
        button(driver, "Publish the call for tenders").sendKeys(Keys.ENTER);
        waitUntil(driver, d -> mainText(d).contains("The call for tenders has been published."));
        String published = driver.findElement(By.xpath("//dt[normalize-space()='Reference']/following-sibling::dd")).getText();
        assertThat(published).startsWith("TND-");
        return published;
    }

    private static void bid(WebDriver driver, String price, String submit) {
        field(driver, "Bid for lot 1: Windows").sendKeys(Keys.SPACE);
        field(driver, "Price for lot 1 (EUR)").sendKeys(price);
        field(driver, "We declare that none of the grounds for exclusion applies to our firm.").sendKeys(Keys.SPACE);
        field(driver, "We declare that our firm meets the selection criteria.").sendKeys(Keys.SPACE);
        WebElement form = driver.findElement(By.tagName("form"));
        button(driver, submit).sendKeys(Keys.ENTER);
        waitUntil(driver, ExpectedConditions.stalenessOf(form));
        waitUntil(driver, ExpectedConditions.visibilityOfElementLocated(By.xpath("//h2[normalize-space()='Bid received and sealed']")));
    }

    private static void ask(WebDriver driver, String question) {
        field(driver, "Your question").sendKeys(question);
        button(driver, "Ask the question").sendKeys(Keys.ENTER);
        waitUntil(driver, d -> mainText(d).contains("Your question has been sent."));
        assertThat(mainText(driver)).contains(question);
    }

    /** The tender's link in the public list, paging on as a reader would when it is not on the first page. */
    private static WebElement tenderInList(WebDriver driver) {
        while (true) {
            List<WebElement> links = driver.findElements(By.linkText(TITLE));
            if (!links.isEmpty()) {
                return links.get(0);
            }
            WebElement next = button(driver, "Next page");
            assertThat(next.isEnabled()).as("%s in the list", TITLE).isTrue();
            WebElement table = driver.findElement(By.tagName("table"));
            next.sendKeys(Keys.ENTER);
            waitUntil(driver, ExpectedConditions.stalenessOf(table));
        }
    }

    private static String bidsTable(WebDriver driver) {
        return driver.findElement(By.xpath("//section[h2[normalize-space()='Your bids']]")).getText();
    }

    /** The opening board's convention, as the API tests have it. */
    private static String passphrase(String member) {
        return member + " opens the bids";
    }

    /** A moment as the officer types it, in the browser's (this machine's) time zone. */
    private static String local(Instant instant) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault()).format(instant);
    }

    private static void look(Browser browser, String page) {
        browser.screenshot(page);
        browser.assertAccessible();
    }

    private static String mainText(WebDriver driver) {
        return driver.findElement(By.tagName("main")).getText();
    }

    private static void assertPdf(Path file) throws IOException {
        byte[] content = Files.readAllBytes(file);
        assertThat(new String(Arrays.copyOf(content, 5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }
}
