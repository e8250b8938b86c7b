package eu.egov.gateway.it.browser;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real Chromium (Debian's chromium and chromium-driver), driven by Selenium against the deployed
 * gateway. Missing browsers skip the test with a message saying so, except under CI, where they
 * fail it. Screenshots go to the build's output folder, one folder per journey.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String BASE = System.getProperty("gateway.url", "http://localhost:8080");
    private static final Path SCREENSHOTS = Path.of(System.getProperty("gateway.screenshots", "target/screenshots"));
    private static final List<String> BLOCKING_IMPACTS = List.of("serious", "critical");

    private final WebDriver driver;
    private final Path screenshots;
    private final Path files;
    private final Path downloads;
    private int shots;

    private Browser(WebDriver driver, Path screenshots, Path files, Path downloads) {
        this.driver = driver;
        this.screenshots = screenshots;
        this.files = files;
        this.downloads = downloads;
    }

    /** A fresh browser (no cookies, no storage) for one journey. */
    public static Browser open(String journey) {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equals(System.getenv("CI"))) {
            fail("chromium and chromium-driver are not installed; .ci/run must install them");
        }
        assumeTrue(installed, "SKIPPED browser test: install Debian's chromium and chromium-driver to run it");
        try {
            Path work = Files.createTempDirectory("browser-" + journey);
            Path downloads = Files.createDirectories(work.resolve("downloads"));
            ChromeOptions options = new ChromeOptions()
                    .setBinary(CHROMIUM.toFile())
                    // this machine's network is closed: no background traffic, no component updates
                    .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync",
                            "--disable-quic", "--no-first-run", "--window-size=1280,1000",
                            "--user-data-dir=" + work.resolve("profile"))
                    .setExperimentalOption("prefs", Map.of(
                            "intl.accept_languages", "en",
                            "download.default_directory", downloads.toString(),
                            "download.prompt_for_download", false,
                            "plugins.always_open_pdf_externally", true));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
            return new Browser(driver, Files.createDirectories(SCREENSHOTS.resolve(journey)),
                    Files.createDirectories(work.resolve("files")), downloads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a page of the gateway, e.g. "/" or "/verify.html?code=…". */
    public void go(String path) {
        driver.get(BASE + path);
    }

    /** Saves what the user sees now as the journey's next numbered screenshot. */
    public Path screenshot(String name) {
        try {
            Path file = screenshots.resolve(String.format("%02d-%s.png", ++shots, name));
            return Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** axe-core on the page as it is now: fails on any serious or critical violation, naming each. */
    public void assertAccessible() {
        Results results = new AxeBuilder().analyze(driver);
        List<Rule> blocking = results.getViolations().stream()
                .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact()))
                .toList();
        if (!blocking.isEmpty()) {
            fail("axe-core found on " + driver.getCurrentUrl() + ":\n" + blocking.stream()
                    .map(rule -> "- " + rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " "
                            + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                            .collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("\n")));
        }
    }

    /** A file on disk for the browser to upload. */
    public Path file(String name, byte[] content) {
        try {
            return Files.write(files.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for the browser to finish downloading a file whose name ends so, and returns it. */
    public Path downloadedFile(String suffix) {
        Instant deadline = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(deadline)) {
            try (Stream<Path> listing = Files.list(downloads)) {
                var done = listing.filter(file -> file.getFileName().toString().endsWith(suffix)).findFirst();
                if (done.isPresent()) {
                    return done.get();
                }
                Thread.sleep(200);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return fail("no download ending in " + suffix + " arrived in " + downloads);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
