package eu.egov.gateway.web.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * The language to answer in: the first of the request's Accept-Language that the gateway speaks,
 * else the signed-in user's, else English. The languages spoken are listed in
 * i18n/languages.properties, so adding one is adding files.
 */
@RequestScoped
public class RequestLanguage {

    private static final List<Locale> SUPPORTED = supported();

    @Inject
    private HttpServletRequest request;

    public Optional<Locale> asked() {
        if (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null) {
            return Optional.empty();
        }
        // the servlet container orders them by their q-values
        return Collections.list(request.getLocales()).stream()
                .map(asked -> SUPPORTED.stream().filter(s -> s.getLanguage().equals(asked.getLanguage())).findFirst())
                .flatMap(Optional::stream)
                .findFirst();
    }

    public Locale or(Locale fallback) {
        return asked().orElse(fallback);
    }

    private static List<Locale> supported() {
        Properties languages = new Properties();
        try (InputStream in = RequestLanguage.class.getClassLoader().getResourceAsStream("i18n/languages.properties")) {
            if (in == null) {
                throw new IllegalStateException("i18n/languages.properties is missing from the web module");
            }
            languages.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Arrays.stream(languages.getProperty("supported").split(","))
                .map(String::strip).map(Locale::forLanguageTag).toList();
    }
}
