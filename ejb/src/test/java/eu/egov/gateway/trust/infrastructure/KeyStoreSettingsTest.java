package eu.egov.gateway.trust.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KeyStoreSettingsTest {

    private static final String[] PROPERTIES = {"gateway.keystore.path", "gateway.keystore.password", "gateway.data.dir"};

    private final Properties before = (Properties) System.getProperties().clone();

    @AfterEach
    void restoreSystemProperties() {
        for (String property : PROPERTIES) {
            String value = before.getProperty(property);
            if (value == null) {
                System.clearProperty(property);
            } else {
                System.setProperty(property, value);
            }
        }
    }

    @Test
    void withoutAKeyStorePathTheDevelopmentKeyStoreInTheDataDirectoryIsUsed() {
        System.setProperty("gateway.keystore.path", "");
        System.setProperty("gateway.keystore.password", "");
        System.setProperty("gateway.data.dir", "/var/lib/gateway");

        KeyStoreSettings settings = KeyStoreSettings.fromSystemProperties();

        assertThat(settings.development()).isTrue();
        assertThat(settings.path()).isEqualTo(Path.of("/var/lib/gateway/trust/development-keystore.p12"));
        assertThat(settings.password()).isEqualTo("development".toCharArray());
    }

    @Test
    void aConfiguredKeyStorePathIsUsedWithItsPassword() {
        System.setProperty("gateway.keystore.path", "/etc/gateway/seal.p12");
        System.setProperty("gateway.keystore.password", "s3cret");

        KeyStoreSettings settings = KeyStoreSettings.fromSystemProperties();

        assertThat(settings.development()).isFalse();
        assertThat(settings.path()).isEqualTo(Path.of("/etc/gateway/seal.p12"));
        assertThat(settings.password()).isEqualTo("s3cret".toCharArray());
        assertThat(settings.toString()).doesNotContain("s3cret");
    }

    @Test
    void aConfiguredPasswordAlsoProtectsTheDevelopmentKeyStore() {
        assertThat(KeyStoreSettings.development(Path.of("/data"), "local").password()).isEqualTo("local".toCharArray());
    }
}
