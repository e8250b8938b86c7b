package eu.egov.gateway.filing.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.UniqueConstraint;

/** A published version of an administrative form, owned by the authority that processes it. */
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
