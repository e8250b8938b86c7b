package eu.egov.gateway.procurement.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import eu.egov.gateway.shared.domain.ProblemType;
import eu.egov.gateway.shared.domain.Rejection;

/**
 * A firm's question about a call for tenders, and the authority's answer. Every answer is published
 * to all; who asked never is, so that no bidder learns who else is interested.
 */
@Entity
@Table(name = "tender_question", indexes = @Index(name = "question_by_tender", columnList = "tender_id, asked_at"))
public class TenderQuestion {

    public static final int MAX_LENGTH = 4000;

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "tender_id", nullable = false, length = 36)
    private String tenderId;

    @Column(name = "asked_by_organisation", nullable = false, length = 36)
    private String askedByOrganisation;

    @Column(nullable = false, length = MAX_LENGTH)
    private String question;

    @Column(name = "asked_at", nullable = false)
    private Instant askedAt;

    @Column(length = MAX_LENGTH)
    private String answer;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_by", length = 36)
    private String answeredBy;

    protected TenderQuestion() {
    }

    /** Asked before the tender's questions deadline, judged at the moment of asking. */
    public TenderQuestion(Tender tender, String organisationId, String question, Instant now) {
        if (tender.status() != TenderStatus.PUBLISHED || !now.isBefore(tender.questionsDeadline())) {
            throw new Rejection(ProblemType.QUESTIONS_CLOSED, tender.questionsDeadline());
        }
        this.id = UUID.randomUUID().toString();
        this.tenderId = tender.id();
        this.askedByOrganisation = organisationId;
        this.question = question;
        this.askedAt = now;
    }

    public void answer(String text, String officerId, Instant now) {
        if (answer != null) {
            throw new Rejection(ProblemType.QUESTION_ALREADY_ANSWERED);
        }
        this.answer = text;
        this.answeredBy = officerId;
        this.answeredAt = now;
    }

    public String id() {
        return id;
    }

    public String tenderId() {
        return tenderId;
    }

    public String askedByOrganisation() {
        return askedByOrganisation;
    }

    public String question() {
        return question;
    }

    public Instant askedAt() {
        return askedAt;
    }

    public String answer() {
        return answer;
    }

    public Instant answeredAt() {
        return answeredAt;
    }
}
