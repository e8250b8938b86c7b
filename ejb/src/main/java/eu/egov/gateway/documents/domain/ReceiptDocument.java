package eu.egov.gateway.documents.domain;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a submission receipt says. Optional texts may be {@code null}: the receipt then leaves that line out; so
 * does it the representation, for a firm's own filing.
 */
public record ReceiptDocument(Locale locale, String reference, Instant submittedAt,
        String authority, String organisation, String organisationRegistration, String submittedBy,
        String formTitle, String formVersion, List<Field> data, List<Attachment> attachments,
        String sha256, String verificationCode, String verificationUrl, Representation representation) {

    /** The receipt of a firm's own filing, which no intermediary made. */
    public ReceiptDocument(Locale locale, String reference, Instant submittedAt, String authority, String organisation,
                           String organisationRegistration, String submittedBy, String formTitle, String formVersion,
                           List<Field> data, List<Attachment> attachments, String sha256, String verificationCode,
                           String verificationUrl) {
        this(locale, reference, submittedAt, authority, organisation, organisationRegistration, submittedBy, formTitle,
                formVersion, data, attachments, sha256, verificationCode, verificationUrl, null);
    }

    public ReceiptDocument {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(submittedAt, "submittedAt");
        data = List.copyOf(data);
        attachments = List.copyOf(attachments);
    }

    /** One answer of the form, as the applicant saw it. */
    public record Field(String label, String value) {
    }

    /** Who filed for the firm, of which intermediary, under which mandate and until when it holds. */
    public record Representation(String filedBy, String agent, String principal, String mandate, Instant validUntil) {
    }

    /** A file handed in with the submission, identified by its digest. */
    public record Attachment(String label, String fileName, String mediaType, long size, String sha256) {
    }
}
