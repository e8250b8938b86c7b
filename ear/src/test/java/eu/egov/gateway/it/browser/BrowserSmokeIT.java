package eu.egov.gateway.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The public pages open in a real browser and pass axe-core. */
class BrowserSmokeIT {

    @Test
    void theHomePageOpensAndIsAccessible() {
        try (Browser browser = Browser.open("home")) {
            browser.go("/");
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isNotBlank();
            browser.screenshot("home");
            browser.assertAccessible();
        }
    }
}
