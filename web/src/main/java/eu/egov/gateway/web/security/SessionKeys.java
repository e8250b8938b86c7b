package eu.egov.gateway.web.security;

/** What a browser session holds: who signed in, for which organisation, and the session's CSRF token. */
final class SessionKeys {

    static final String USER = "gateway.user";
    static final String ORGANISATION = "gateway.organisation";
    static final String CSRF_TOKEN = "gateway.csrf";
    static final String CSRF_HEADER = "X-CSRF-Token";

    private SessionKeys() {
    }
}
