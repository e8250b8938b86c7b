package eu.egov.gateway.web.security;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import eu.egov.gateway.identity.application.Authentication;
import eu.egov.gateway.identity.domain.Caller;
import eu.egov.gateway.shared.domain.ProblemType;
import eu.egov.gateway.shared.domain.Rejection;

/**
 * Recognises the caller of every API request: business software by its personal API token, a
 * browser by its session. A session is an ambient credential the browser sends by itself, so a
 * request that changes anything must also carry the session's CSRF token in a header, which another
 * site cannot read or set.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class AuthenticationFilter implements ContainerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String BEARER = "Bearer ";

    @Context
    private HttpServletRequest request;

    @Inject
    private Authentication authentication;

    @Inject
    private CurrentCaller current;

    @Inject
    private RequestLanguage language;

    @Override
    public void filter(ContainerRequestContext context) {
        String authorization = context.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null) {
            if (!authorization.startsWith(BEARER)) {
                throw new Rejection(ProblemType.AUTHENTICATION_REQUIRED);
            }
            Caller caller = authentication.callerForToken(authorization.substring(BEARER.length()).strip())
                    .orElseThrow(() -> new Rejection(ProblemType.AUTHENTICATION_REQUIRED));
            current.set(withRequestLanguage(caller));
            return;
        }
        HttpSession session = request.getSession(false);
        if (session == null || session.getAttribute(SessionKeys.USER) == null) {
            return;
        }
        if (!SAFE_METHODS.contains(context.getMethod()) && !isSignIn(context)) {
            requireCsrfToken(session, context.getHeaderString(SessionKeys.CSRF_HEADER));
        }
        authentication.callerFor((String) session.getAttribute(SessionKeys.USER),
                        (String) session.getAttribute(SessionKeys.ORGANISATION))
                .ifPresent(caller -> current.set(withRequestLanguage(caller)));
    }

    private Caller withRequestLanguage(Caller caller) {
        return new Caller(caller.userId(), caller.username(), caller.displayName(), caller.organisationId(),
                caller.organisationName(), caller.roles(), language.or(caller.language()));
    }

    /** Signing in replaces the session, so it needs no token from the one it replaces. */
    private static boolean isSignIn(ContainerRequestContext context) {
        return "POST".equals(context.getMethod()) && "session".equals(context.getUriInfo().getPath().replaceAll("^/|/$", ""));
    }

    private static void requireCsrfToken(HttpSession session, String presented) {
        String expected = (String) session.getAttribute(SessionKeys.CSRF_TOKEN);
        if (presented == null || expected == null || !MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8))) {
            throw new Rejection(ProblemType.CSRF_TOKEN_INVALID);
        }
    }
}
