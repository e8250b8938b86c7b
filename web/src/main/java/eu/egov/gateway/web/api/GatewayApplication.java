package eu.egov.gateway.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API, for the browser UI and business software alike. */
@ApplicationPath("/api")
public class GatewayApplication extends Application {
}
