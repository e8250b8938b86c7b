package eu.egov.gateway.web.security;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * The language to answer in: the first of the request's Accept-Language that the gateway speaks,
 * else the signed-in user's, else English. Adding a language is adding its message files and
 * its tag here.
 */
@RequestScoped
public class RequestLanguage {

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.GERMAN);

    @Context
    private HttpHeaders headers;

    public Optional<Locale> asked() {
        if (headers == null || headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE) == null) {
            return Optional.empty();
        }
        return headers.getAcceptableLanguages().stream()
                .map(asked -> SUPPORTED.stream().filter(s -> s.getLanguage().equals(asked.getLanguage())).findFirst())
                .flatMap(Optional::stream)
                .findFirst();
    }

    public Locale or(Locale fallback) {
        return asked().orElse(fallback);
    }
}
