package eu.egov.gateway.notification.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One try at delivering an event: when, and what the receiver answered (its HTTP status), or what went wrong. */
@Embeddable
public class WebhookAttempt {

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    /** Null when no answer came: refused connection, time-out, address no longer allowed. */
    @Column(name = "status_code")
    private Integer statusCode;

    @Column(length = 500)
    private String error;

    protected WebhookAttempt() {
    }

    public WebhookAttempt(Instant attemptedAt, Integer statusCode, String error) {
        this.attemptedAt = attemptedAt;
        this.statusCode = statusCode;
        this.error = error == null || error.length() <= 500 ? error : error.substring(0, 500);
    }

    /** Any 2xx answer: the receiver has the event. */
    public boolean succeeded() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }

    public Instant attemptedAt() {
        return attemptedAt;
    }

    public Integer statusCode() {
        return statusCode;
    }

    public String error() {
        return error;
    }
}
