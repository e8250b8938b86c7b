package eu.egov.gateway.trust;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Runs verifiers nobody on this project wrote (openssl, poppler's pdfsig), so the tests check the
 * trust package against independent implementations rather than against itself.
 */
public final class ExternalTool {

    private ExternalTool() {
    }

    public record Result(int exitCode, String output) {
    }

    /**
     * Skips the calling test, loudly, when the tool is missing on a developer machine; on CI (CI=true)
     * a missing verifier is a broken build, not a reason to pass silently.
     */
    public static void require(String command, String debianPackage) {
        if (onPath(command)) {
            return;
        }
        String missing = command + " is not installed (apt-get install -y " + debianPackage + ")";
        if ("true".equals(System.getenv("CI"))) {
            fail(missing + ", and CI=true requires it");
        }
        System.err.println("SKIPPED: " + missing);
        assumeTrue(false, "SKIPPED: " + missing);
    }

    public static Result run(Path workingDirectory, String... command) {
        try {
            Process process = new ProcessBuilder(command)
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Result(process.waitFor(), output);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + command[0], e);
        }
    }

    private static boolean onPath(String command) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .filter(directory -> !directory.isEmpty())
                .map(directory -> Path.of(directory, command))
                .anyMatch(Files::isExecutable);
    }
}
