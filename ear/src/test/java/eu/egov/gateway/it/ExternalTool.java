package eu.egov.gateway.it;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Tools nobody here wrote (openssl, pdfsig), run as a person checking a receipt would. Missing
 * tools skip the test locally, with a message saying so; under CI they fail it.
 */
final class ExternalTool {

    private ExternalTool() {
    }

    static void require(String tool) {
        boolean installed = List.of(System.getenv().getOrDefault("PATH", "").split(":")).stream()
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
        if (!installed && "true".equals(System.getenv("CI"))) {
            fail(tool + " is not installed; .ci/run must install it");
        }
        assumeTrue(installed, "SKIPPED: " + tool + " is not installed (Debian: poppler-utils for pdfsig, openssl)");
    }

    /** Runs the tool and returns its exit code and combined output. */
    static Result run(String... command) {
        require(command[0]);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(String.join(" ", command) + " did not finish");
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Result(int exitCode, String output) {
    }
}
