package eu.egov.gateway.trust.infrastructure;

import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Produces;

/**
 * Opens the key store the system properties name (see {@link KeyStoreSettings#fromSystemProperties()})
 * once per deployment, and provides its keys to the trust services.
 */
@ApplicationScoped
public class TrustMaterialSource {

    private static final Logger LOG = Logger.getLogger(TrustMaterialSource.class.getName());

    private KeyStoreSettings settings;
    private TrustMaterial material;

    @PostConstruct
    void open() {
        settings = KeyStoreSettings.fromSystemProperties();
        material = SealKeyStore.open(settings);
    }

    /**
     * Being observed at startup makes the container create this bean during deployment, so a missing or
     * broken key store fails the deployment instead of the first submission.
     */
    void openAtStartup(@Observes Startup startup) {
        LOG.info(() -> "Sealing as " + material.seal().certificate().getSubjectX500Principal() + " from the " + settings);
    }

    @Produces
    TrustMaterial trustMaterial() {
        return material;
    }
}
