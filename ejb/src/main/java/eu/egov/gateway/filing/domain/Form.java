package eu.egov.gateway.filing.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.UniqueConstraint;

import eu.egov.gateway.shared.domain.ProblemType;
import eu.egov.gateway.shared.domain.Rejection;

/** A version of an administrative form, owned by the authority that processes it: drafted, published, retired. */
@Entity
@Table(name = "form", uniqueConstraints = @UniqueConstraint(columnNames = {"code", "version"}))
public class Form {

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 100)
    private String code;

    @Column(nullable = false)
    private int version;

    @Column(name = "authority_id", nullable = false, length = 36)
    private String authorityId;

    @Lob
    @Column(nullable = false)
    private String definition;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private FormStatus status;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @Transient
    private FormDefinition parsed;

    protected Form() {
    }

    public Form(String authorityId, String definition) {
        FormDefinition parsedDefinition = FormDefinition.parse(definition);
        this.id = UUID.randomUUID().toString();
        this.code = parsedDefinition.code();
        this.version = parsedDefinition.version();
        this.authorityId = authorityId;
        this.definition = definition;
        this.parsed = parsedDefinition;
        this.status = FormStatus.DRAFT;
    }

    public void publish(Instant now) {
        if (status() != FormStatus.DRAFT) {
            throw new Rejection(ProblemType.FORM_NOT_DRAFT, code, version);
        }
        this.status = FormStatus.PUBLISHED;
        this.publishedAt = now;
    }

    public void retire(Instant now) {
        if (status() == FormStatus.RETIRED) {
            throw new Rejection(ProblemType.FORM_RETIRED, code, version);
        }
        this.status = FormStatus.RETIRED;
        this.retiredAt = now;
    }

    /** Versions stored before forms had a life cycle were published ones. */
    public FormStatus status() {
        return status == null ? FormStatus.PUBLISHED : status;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant retiredAt() {
        return retiredAt;
    }

    public String id() {
        return id;
    }

    public String code() {
        return code;
    }

    public int version() {
        return version;
    }

    public String authorityId() {
        return authorityId;
    }

    public FormDefinition definition() {
        if (parsed == null) {
            parsed = FormDefinition.parse(definition);
        }
        return parsed;
    }
}
