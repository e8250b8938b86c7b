package eu.egov.gateway.web.security;

import java.security.SecureRandom;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import eu.egov.gateway.identity.domain.Caller;

/** Opens and closes browser sessions. */
@ApplicationScoped
public class BrowserSessions {

    private final SecureRandom random = new SecureRandom();

    /** A fresh session for the caller (never the one the browser came with), with its CSRF token. */
    public String open(HttpServletRequest request, Caller caller) {
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        HttpSession session = request.getSession(true);
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String csrfToken = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        session.setAttribute(SessionKeys.USER, caller.userId());
        session.setAttribute(SessionKeys.ORGANISATION, caller.organisationId());
        session.setAttribute(SessionKeys.CSRF_TOKEN, csrfToken);
        return csrfToken;
    }

    public String csrfToken(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : (String) session.getAttribute(SessionKeys.CSRF_TOKEN);
    }

    public void close(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
