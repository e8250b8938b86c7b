package eu.egov.gateway.web.api;

import jakarta.annotation.PreDestroy;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The one JSON-B instance that reads and writes every request and response body. Without it RESTEasy builds a new
 * one for each body: a ServiceLoader search through the deployment's modules, and every class's binding model worked
 * out again, about a tenth of the server's CPU in the filing rush. A Jsonb is thread-safe and meant to be shared.
 */
@Provider
public class JsonBinding implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }

    @PreDestroy
    void close() throws Exception {
        jsonb.close();
    }
}
