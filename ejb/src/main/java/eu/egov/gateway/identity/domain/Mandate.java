package eu.egov.gateway.identity.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import eu.egov.gateway.shared.domain.ProblemType;
import eu.egov.gateway.shared.domain.Rejection;

/**
 * A firm (the principal) lets an intermediary firm, such as its accountant, file forms on its behalf: all forms or
 * those named, from one moment until another, unless the principal ends it earlier.
 */
@Entity
@Table(name = "mandate",
        indexes = {@Index(name = "mandate_by_principal", columnList = "principal_id, valid_from"),
                @Index(name = "mandate_by_agent", columnList = "agent_id, valid_from")})
public class Mandate {

    /** Where a mandate stands at a moment. */
    public enum State {
        PENDING, ACTIVE, EXPIRED, REVOKED
    }

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, unique = true, length = 32)
    private String reference;

    @Column(name = "principal_id", nullable = false, length = 36)
    private String principalId;

    @Column(name = "agent_id", nullable = false, length = 36)
    private String agentId;

    /** The form codes it covers, comma-separated; none means every form. */
    @Column(length = 2000)
    private String forms;

    @Column(name = "valid_from", nullable = false)
    private Instant validFrom;

    @Column(name = "valid_until", nullable = false)
    private Instant validUntil;

    @Column(name = "granted_by", nullable = false, length = 36)
    private String grantedBy;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    @Column(name = "revoked_by", length = 36)
    private String revokedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected Mandate() {
    }

    public Mandate(String reference, String principalId, String agentId, List<String> formCodes, Instant validFrom,
                   Instant validUntil, String grantedBy, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.reference = reference;
        this.principalId = principalId;
        this.agentId = agentId;
        this.forms = formCodes.isEmpty() ? null : String.join(",", formCodes);
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.grantedBy = grantedBy;
        this.grantedAt = now;
    }

    /** The principal ends the mandate now; what was filed under it stays filed. */
    public void revoke(String userId, Instant now) {
        State state = state(now);
        if (state == State.REVOKED || state == State.EXPIRED) {
            throw new Rejection(ProblemType.MANDATE_ENDED, reference, end());
        }
        this.revokedBy = userId;
        // to the second, as people read it in the refusals that name it
        this.revokedAt = now.truncatedTo(ChronoUnit.SECONDS);
    }

    /** Refuses, with the reason the agent can act on, to let the agent file the form for the principal now. */
    public void requireCovers(String formCode, Instant now) {
        State state = state(now);
        if (state == State.PENDING) {
            throw new Rejection(ProblemType.MANDATE_NOT_YET_VALID, reference, validFrom);
        }
        if (state != State.ACTIVE) {
            throw new Rejection(ProblemType.MANDATE_ENDED, reference, end());
        }
        if (!covers(formCode)) {
            throw new Rejection(ProblemType.MANDATE_OUT_OF_SCOPE, reference, formCode);
        }
    }

    public boolean covers(String formCode) {
        return forms == null || formCodes().contains(formCode);
    }

    public State state(Instant now) {
        if (revokedAt != null) {
            return State.REVOKED;
        }
        if (now.isBefore(validFrom)) {
            return State.PENDING;
        }
        return now.isBefore(validUntil) ? State.ACTIVE : State.EXPIRED;
    }

    /** When it ends: at the end of its validity, or earlier when the principal revoked it (which it may only before). */
    public Instant end() {
        return revokedAt != null ? revokedAt : validUntil;
    }

    public String reference() {
        return reference;
    }

    public String principalId() {
        return principalId;
    }

    public String agentId() {
        return agentId;
    }

    /** Empty when it covers every form. */
    public List<String> formCodes() {
        return forms == null ? List.of() : Arrays.asList(forms.split(","));
    }

    public Instant validFrom() {
        return validFrom;
    }

    public Instant validUntil() {
        return validUntil;
    }

    public String grantedBy() {
        return grantedBy;
    }

    public Instant revokedAt() {
        return revokedAt;
    }
}
