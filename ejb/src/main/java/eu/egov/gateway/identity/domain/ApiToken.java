package eu.egov.gateway.identity.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A personal API token for business software. Only the token's SHA-256 is stored: the token is
 * 256 random bits, so a fast hash suffices and the clear value is shown once, at creation.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id")
    private UserAccount user;

    @Column(name = "organisation_id", nullable = false, length = 36)
    private String organisationId;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ApiToken() {
    }

    public ApiToken(UserAccount user, String organisationId, String name, String tokenHash, Instant createdAt) {
        this.id = UUID.randomUUID().toString();
        this.user = user;
        this.organisationId = organisationId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    public String id() {
        return id;
    }

    public UserAccount user() {
        return user;
    }

    public String organisationId() {
        return organisationId;
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
