package eu.egov.gateway.web.problem;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import eu.egov.gateway.shared.domain.FieldViolation;
import eu.egov.gateway.shared.domain.ProblemType;
import eu.egov.gateway.shared.domain.Rejection;
import eu.egov.gateway.web.security.CurrentCaller;
import eu.egov.gateway.web.security.RequestLanguage;

/**
 * Every failure leaves the API as an RFC 9457 problem in the caller's language: a refusal says
 * what to do about it; an unexpected failure says only that it happened and under which incident
 * number the log has the details — never a stack trace.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());
    private static final String BUNDLE = "i18n.problems";

    @Inject
    private RequestLanguage requestLanguage;

    @Inject
    private CurrentCaller caller;

    @Override
    public Response toResponse(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof Rejection rejection) {
            return problem(rejection.type(), rejection.violations(), null, rejection.arguments());
        }
        ProblemType type = typeOf(cause);
        if (type != ProblemType.INTERNAL_ERROR) {
            return problem(type, List.of(), null);
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + incident, failure);
        return problem(ProblemType.INTERNAL_ERROR, List.of(), incident, incident);
    }

    private static Throwable unwrap(Throwable failure) {
        // a refusal raised deep inside, say while JSON-B reads the body, is still that refusal
        for (Throwable inner = failure; inner != null; inner = inner.getCause()) {
            if (inner instanceof Rejection) {
                return inner;
            }
        }
        Throwable cause = failure;
        while ((cause instanceof EJBException || cause instanceof ProcessingException) && cause.getCause() != null
                && !(cause.getCause() instanceof JsonbException) && !(cause.getCause() instanceof JsonException)) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static ProblemType typeOf(Throwable cause) {
        if (cause instanceof NotFoundException) {
            return ProblemType.NOT_FOUND;
        }
        if (cause instanceof NotAllowedException) {
            return ProblemType.METHOD_NOT_ALLOWED;
        }
        if (cause instanceof NotSupportedException) {
            return ProblemType.UNSUPPORTED_MEDIA_TYPE;
        }
        if (cause instanceof NotAcceptableException) {
            return ProblemType.NOT_ACCEPTABLE;
        }
        if (cause instanceof ProcessingException || cause instanceof JsonbException || cause instanceof JsonException
                || (cause instanceof WebApplicationException web && web.getResponse().getStatus() == 400)) {
            return ProblemType.MALFORMED_REQUEST;
        }
        return ProblemType.INTERNAL_ERROR;
    }

    private Response problem(ProblemType type, List<FieldViolation> violations, String incident, Object... arguments) {
        Locale language = requestLanguage.or(caller.get().map(c -> c.language()).orElse(Locale.ENGLISH));
        ResourceBundle messages = ResourceBundle.getBundle(BUNDLE, language, ProblemMapper.class.getClassLoader());
        Problem problem = new Problem("/problems/" + type.slug(), messages.getString(type.slug() + ".title"),
                type.status(), new MessageFormat(messages.getString(type.slug() + ".detail"), language).format(arguments),
                violations.isEmpty() ? null : violations, incident);
        return Response.status(type.status())
                .type(Problem.MEDIA_TYPE)
                .header("Content-Language", language.toLanguageTag())
                .entity(problem)
                .build();
    }
}
