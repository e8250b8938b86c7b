package eu.egov.gateway.trust.infrastructure;

import java.nio.file.Path;

import eu.egov.gateway.shared.infrastructure.Settings;

/**
 * Where the gateway's PKCS#12 key store lives, and whether it is the self-made development one.
 * Not a record, so that the password never ends up in a log through {@code toString}.
 */
public final class KeyStoreSettings {

    private static final String DEVELOPMENT_PASSWORD = "development";

    private final Path path;
    private final char[] password;
    private final boolean development;

    private KeyStoreSettings(Path path, char[] password, boolean development) {
        this.path = path;
        this.password = password;
        this.development = development;
    }

    /** A key store provisioned by operations, with private-key entries {@code seal} and {@code tsa}. */
    public static KeyStoreSettings configured(Path keyStore, String password) {
        return new KeyStoreSettings(keyStore, password.toCharArray(), false);
    }

    /**
     * The development key store below the data directory, generated on first use.
     *
     * @param password null or empty for the fixed development password
     */
    public static KeyStoreSettings development(Path dataDirectory, String password) {
        Path keyStore = dataDirectory.resolve("trust").resolve("development-keystore.p12");
        String effectivePassword = password == null || password.isEmpty() ? DEVELOPMENT_PASSWORD : password;
        return new KeyStoreSettings(keyStore, effectivePassword.toCharArray(), true);
    }

    /**
     * {@code gateway.keystore.path} and {@code gateway.keystore.password}; without a path, the development
     * key store in the gateway's data directory ({@code gateway.data.dir}).
     */
    public static KeyStoreSettings fromSystemProperties() {
        return Settings.keyStore()
                .map(keyStore -> configured(keyStore, Settings.keyStorePassword()))
                .orElseGet(() -> development(Settings.dataDirectory(), Settings.keyStorePassword()));
    }

    public Path path() {
        return path;
    }

    char[] password() {
        return password.clone();
    }

    public boolean development() {
        return development;
    }

    @Override
    public String toString() {
        return (development ? "development key store " : "key store ") + path;
    }
}
