package eu.egov.gateway.it.browser;

import static eu.egov.gateway.it.browser.Ui.button;
import static eu.egov.gateway.it.browser.Ui.field;
import static eu.egov.gateway.it.browser.Ui.look;
import static eu.egov.gateway.it.browser.Ui.mainText;
import static eu.egov.gateway.it.browser.Ui.signIn;
import static eu.egov.gateway.it.browser.Ui.waitUntil;
import static eu.egov.gateway.it.browser.Ui.waitUntilReady;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import eu.egov.gateway.it.Arranged;
import eu.egov.gateway.it.BankStatements;

/**
 * A fee in the browser: Amélie reads what to pay for her terrace permit (amount, IBAN, creditor reference);
 * Fiona imports the bank's statement with her transfer; Amélie finds the fee paid and the filing with the clerks.
 */
class FeeJourneyIT {

    @TempDir
    Path work;

    @Test
    void theFirmSeesWhatToPayFinanceImportsTheStatementAndTheFirmSeesItPaid() throws IOException {
        Arranged.Filing permit = Arranged.unpaidTerracePermit("amelie");
        try (Browser browser = Browser.open("5-fee")) {
            WebDriver driver = browser.driver();
            signIn(browser, "amelie");
            browser.go("/filing.html?id=" + permit.id());
            waitUntilReady(driver);
            assertThat(mainText(driver)).contains("Fee to pay", "€182.00", "BE71 0961 2345 6769", "Awaiting payment");
            List<WebElement> codes = driver.findElements(By.cssSelector("#main .payment-code"));
            String creditorReference = codes.get(1).getText();
            assertThat(creditorReference).startsWith("RF");
            look(browser, "fee-to-pay");

            Path statement = Files.write(work.resolve("statement.xml"),
                    BankStatements.statement(BankStatements.Credit.of("182.00", creditorReference)));
            signIn(browser, "fiona");
            browser.go("/payments.html");
            waitUntilReady(driver);
            field(driver, "Bank statement (camt.053 XML file)").sendKeys(statement.toAbsolutePath().toString());
            button(driver, "Import statement").sendKeys(Keys.ENTER);
            waitUntil(driver, d -> mainText(d).contains("New payments read: 1."));
            assertThat(driver.findElement(By.id("result-title")).findElement(By.xpath("..")).getText())
                    .contains(permit.reference(), "Paid");
            look(browser, "statement-imported");

            signIn(browser, "amelie");
            browser.go("/filing.html?id=" + permit.id());
            waitUntilReady(driver);
            assertThat(mainText(driver)).contains("Fee paid", "Your payment has arrived", "Submitted")
                    .doesNotContain("Awaiting payment");
            look(browser, "fee-paid");
        }
    }
}
