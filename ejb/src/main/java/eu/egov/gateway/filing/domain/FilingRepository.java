package eu.egov.gateway.filing.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Forms, filings and what was issued for them. */
public interface FilingRepository {

    /** The version of each form that firms file now. */
    List<Form> publishedForms();

    Optional<Form> publishedForm(String code);

    /** Every version of the authority's forms, by code and version. */
    List<Form> formVersions(String authorityId);

    Optional<Form> form(String code, int version);

    /** The highest version of the form in any state; 0 if there is none. */
    int latestVersion(String code);

    void add(Form form);

    Optional<Filing> filing(String id);

    /** The filing, locked against concurrent changes until the transaction ends. */
    Optional<Filing> filingForUpdate(String id);

    Optional<Filing> filingByReference(String reference);

    Optional<Filing> filingByCreationKey(String organisationId, String creationKey);

    /** The firm's filings, and those it made for clients under mandates, the latest first. */
    List<Filing> filingsOf(String organisationId, int offset, int limit);

    long countFilingsOf(String organisationId);

    void add(Filing filing);

    /** Writes pending changes now, so that versions and constraint checks are current. */
    void flush();

    /**
     * The authority's open cases in one view of its queue, the nearest legal deadline first.
     *
     * @param soon cases due before this (and not yet overdue at {@code now}) are due soon
     * @param after the case the page follows in that order, which makes the offset count from there: a page
     *              deep in a long queue then costs what the first does; {@code null} to count from the start
     */
    List<Filing> queue(String authorityId, QueueView view, String userId, Instant now, Instant soon, Filing after,
                       int offset, int limit);

    void add(CaseEvent event);

    /** The case's history, oldest first; with {@code internal}, also what only the authority sees. */
    List<CaseEvent> history(String filingId, boolean internal);

    void add(CaseNote note);

    void add(Completion completion);

    List<CaseNote> notes(String filingId);

    /**
     * Filings submitted to the authority within [from, until), in the order of submission, starting after the
     * one submitted at {@code afterTime} under {@code afterReference}: a page of an export.
     */
    List<Filing> submittedTo(String authorityId, Instant from, Instant until, Instant afterTime,
                             String afterReference, int limit);

    Optional<Submission> submission(String filingId);

    Optional<Submission> submissionByVerificationCode(String code);

    Optional<Submission> submissionBySha256(String sha256);

    void add(Submission submission);

    Optional<IssuedDocument> document(String filingId, IssuedDocument.Kind kind);

    Optional<IssuedDocument> documentBySha256(String sha256);

    void add(IssuedDocument document);

    void add(Fee fee);

    Optional<Fee> fee(String filingId);

    /** The fee payable under the reference, whichever authority's it is. */
    Optional<Fee> fee(CreditorReference reference);

    /** The authority's fee payable under the reference, locked until the transaction ends. */
    Optional<Fee> feeForUpdate(String authorityId, CreditorReference reference);
}
