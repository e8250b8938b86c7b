package eu.egov.gateway.shared.domain;

import jakarta.json.spi.JsonProvider;

/**
 * The application's one JSON-P provider, for every reader, builder, pointer and generator. The static methods of
 * {@code jakarta.json.Json} look the provider up again on every call, a ServiceLoader search through the jars of
 * every module the deployment sees: in the filing rush that search was an eighth of the server's CPU. A provider is
 * thread-safe; {@code ArchitectureTest} keeps {@code Json} out of the code.
 */
public final class Jsonp {

    public static final JsonProvider JSON = JsonProvider.provider();

    private Jsonp() {
    }
}
