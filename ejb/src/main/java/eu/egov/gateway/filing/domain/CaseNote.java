package eu.egov.gateway.filing.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** A clerk's private note on a case: the authority's clerks read it, the firm never does. */
@Entity
@Table(name = "case_note", indexes = @Index(name = "case_note_by_filing", columnList = "filing_id, written_at"))
public class CaseNote {

    public static final int MAX_LENGTH = 4000;

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "filing_id", nullable = false, length = 36)
    private String filingId;

    @Column(name = "author_id", nullable = false, length = 36)
    private String authorId;

    @Column(nullable = false, length = MAX_LENGTH)
    private String text;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected CaseNote() {
    }

    public CaseNote(Filing filing, String authorId, String text, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.filingId = filing.id();
        this.authorId = authorId;
        this.text = text;
        this.writtenAt = now;
    }

    public String authorId() {
        return authorId;
    }

    public String text() {
        return text;
    }

    public Instant writtenAt() {
        return writtenAt;
    }
}
