package eu.egov.gateway.web.api;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.json.JsonObject;

import eu.egov.gateway.shared.domain.FieldViolation;
import eu.egov.gateway.shared.domain.ProblemType;
import eu.egov.gateway.shared.domain.Rejection;

/** The JSON bodies the API accepts, and the one check they share: their required members are there. */
public final class Requests {

    private Requests() {
    }

    public record SignIn(String username, String password) {
    }

    /** A draft of the form; with a mandate's reference, an intermediary's draft for the client that gave it. */
    public record NewFiling(String form, JsonObject data, String mandate) {
    }

    /**
     * A mandate for the intermediary registered under {@code registrationNumber} in {@code country}: for the forms
     * named, or all when none is; from {@code validFrom} (now when absent) until {@code validUntil}.
     */
    public record NewMandate(String country, String registrationNumber, List<String> forms, Instant validFrom,
                             Instant validUntil) {
    }

    public record FilingData(JsonObject data) {
    }

    public record Decision(String outcome, String reason) {
    }

    public record NewToken(String name) {
    }

    public record Passphrase(String passphrase) {
    }

    /** A question about a tender, or the authority's answer to one. */
    public record Text(String text) {
    }

    public record HashToVerify(String sha256) {
    }

    /** A tender draft is free-form JSON checked against its schema; only its presence is checked here. */
    public record TenderDraft(JsonObject draft) {
    }

    /** A changed version of a published tender, and what changed in words, per language. */
    public record Corrigendum(JsonObject draft, JsonObject summary) {
    }

    /** A bid, likewise checked against its schema by the application. */
    public record Bid(JsonObject bid) {
    }

    /** Who takes the case (a username), and why when it is taken from another clerk. */
    public record Assignment(String assignee, String reason) {
    }

    public record Note(String text) {
    }

    /** A message between firm and authority: its text, and the ids of the files uploaded to go with it. */
    public record NewMessage(String text, List<String> attachments) {
    }

    /** What the firm must add to its filing, in words it understands. */
    public record CompletionRequest(String missing) {
    }

    /** A back-office system's webhook subscription: where to deliver, and which event types. */
    public record WebhookSubscription(String url, List<String> events) {
    }

    /** How a finance officer resolves a payment (REFUNDED, ASSIGNED, ACCEPTED), why, and for ASSIGNED to which fee. */
    public record PaymentResolution(String action, String note, String creditorReference) {
    }

    /** A form definition, whole (forms/form-definition.schema.json). */
    public record Definition(JsonObject definition) {
    }

    /** The longest Idempotency-Key the gateway keeps: the columns that store keys hold 200 characters. */
    private static final int MAX_IDEMPOTENCY_KEY = 200;

    /** The Idempotency-Key header, or null without one; a blank or longer key is refused before anything is done. */
    static String idempotencyKey(String header) {
        if (header != null && (header.isBlank() || header.length() > MAX_IDEMPOTENCY_KEY)) {
            throw new Rejection(ProblemType.IDEMPOTENCY_KEY_INVALID, MAX_IDEMPOTENCY_KEY);
        }
        return header;
    }

    /** The version an If-Match header names; a tag that is not one of ours can only be stale. */
    static Long expectedVersion(String ifMatch) {
        if (ifMatch == null) {
            return null;
        }
        try {
            return Long.valueOf(ifMatch.strip().replace("W/", "").replace("\"", ""));
        } catch (NumberFormatException notOurs) {
            throw new Rejection(ProblemType.EDIT_CONFLICT);
        }
    }

    /**
     * Refuses a body that is missing, or lacks any of the named members, with one violation per
     * missing member. Components are read by name, so records keep this check in one place.
     */
    static void require(Locale language, Record body, String... members) {
        List<FieldViolation> missing = new ArrayList<>();
        for (String member : members) {
            if (body == null || value(body, member) == null) {
                missing.add(new FieldViolation("/" + member, member, message(language)));
            }
        }
        if (!missing.isEmpty()) {
            throw new Rejection(ProblemType.VALIDATION_FAILED, missing);
        }
    }

    private static Object value(Record body, String member) {
        RecordComponent component = Arrays.stream(body.getClass().getRecordComponents())
                .filter(c -> c.getName().equals(member))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(member + " is not a member of " + body.getClass()));
        try {
            return component.getAccessor().invoke(body);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String message(Locale language) {
        return ResourceBundle.getBundle("i18n.problems", language, Requests.class.getClassLoader()).getString("member.required");
    }
}
