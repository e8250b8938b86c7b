package eu.egov.gateway.web.api;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import eu.egov.gateway.identity.application.Authentication;
import eu.egov.gateway.identity.domain.Caller;
import eu.egov.gateway.web.security.BrowserSessions;
import eu.egov.gateway.web.security.CurrentCaller;
import eu.egov.gateway.web.security.RequestLanguage;

/** Browser sign-in and sign-out. Business software uses personal API tokens instead. */
@Path("session")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    @Inject
    private Authentication authentication;

    @Inject
    private BrowserSessions sessions;

    @Inject
    private CurrentCaller current;

    @Inject
    private RequestLanguage language;

    @Context
    private HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public SessionView signIn(Requests.SignIn credentials) {
        Requests.require(language.or(Locale.ENGLISH), credentials, "username", "password");
        Caller caller = authentication.signIn(credentials.username(), credentials.password().toCharArray());
        return view(caller, sessions.open(request, caller));
    }

    @GET
    public SessionView current() {
        return view(current.require(), sessions.csrfToken(request));
    }

    @DELETE
    public Response signOut() {
        sessions.close(request);
        return Response.noContent().build();
    }

    private static SessionView view(Caller caller, String csrfToken) {
        return new SessionView(caller.username(), caller.displayName(), caller.organisationId(),
                caller.organisationName(),
                caller.roles().stream().map(role -> role.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                        .collect(Collectors.toSet()),
                caller.language().toLanguageTag(), csrfToken);
    }

    /** Who is signed in, and the token the browser must echo in X-CSRF-Token on every change. */
    public record SessionView(String username, String name, String organisationId, String organisation,
                              Set<String> roles, String language, String csrfToken) {
    }
}
