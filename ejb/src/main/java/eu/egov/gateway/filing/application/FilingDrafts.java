package eu.egov.gateway.filing.application;

import java.io.InputStream;
import java.time.Instant;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import eu.egov.gateway.audit.application.AuditLog;
import eu.egov.gateway.filing.domain.Attachment;
import eu.egov.gateway.filing.domain.AttachmentSlot;
import eu.egov.gateway.filing.domain.Filing;
import eu.egov.gateway.filing.domain.FilingRepository;
import eu.egov.gateway.filing.domain.Form;
import eu.egov.gateway.identity.application.Mandates;
import eu.egov.gateway.identity.domain.Caller;
import eu.egov.gateway.identity.domain.Mandate;
import eu.egov.gateway.identity.domain.Role;
import eu.egov.gateway.shared.domain.Download;
import eu.egov.gateway.shared.domain.Page;
import eu.egov.gateway.shared.domain.ProblemType;
import eu.egov.gateway.shared.domain.Rejection;
import eu.egov.gateway.shared.domain.StoredFile;
import eu.egov.gateway.shared.infrastructure.FileStorage;
import eu.egov.gateway.shared.infrastructure.Settings;

/** A firm prepares filings: drafts, their data and their attachments. */
@Stateless
public class FilingDrafts {

    @Inject
    private FilingRepository filings;

    @Inject
    private FilingAccess access;

    @Inject
    private FilingViews views;

    @Inject
    private FileStorage storage;

    @Inject
    private AuditLog audit;

    @Inject
    private Mandates mandates;

    /**
     * Starts a draft: for the caller's firm, or with a mandate's reference for the client that gave it. A retry
     * with the same idempotency key returns the draft the first call made, so a client that lost the answer does
     * not create a second one.
     */
    public Created create(Caller caller, String formCode, JsonObject data, String idempotencyKey, String mandateReference) {
        caller.require(Role.APPLICANT);
        Form form = filings.publishedForm(formCode).orElseThrow(() -> new Rejection(ProblemType.UNKNOWN_FORM, formCode));
        Mandate mandate = mandateReference == null ? null : mandates.inForce(caller, mandateReference, formCode);
        String firm = mandate == null ? caller.organisationId() : mandate.principalId();
        // an intermediary's keys are its own: the client's key must not hand it one of the client's drafts
        String creationKey = mandate == null || idempotencyKey == null ? idempotencyKey
                : caller.organisationId() + "/" + idempotencyKey;
        if (creationKey != null) {
            Optional<Filing> earlier = filings.filingByCreationKey(firm, creationKey);
            if (earlier.isPresent()) {
                return new Created(views.of(earlier.get(), caller.language()), false);
            }
        }
        Filing filing = mandate == null
                ? new Filing(form, firm, caller.userId(), creationKey, data.toString(), Instant.now())
                : new Filing(form, firm, caller.organisationId(), mandate.reference(), caller.userId(), creationKey,
                        data.toString(), Instant.now());
        filings.add(filing);
        audit.record(caller.username(), "filing.draft-created", filing.id(),
                mandate == null ? form.code() : form.code() + " " + mandate.reference());
        filings.flush();
        return new Created(views.of(filing, caller.language()), true);
    }

    /** Replaces the draft's data; with the version the caller last saw, refuses to overwrite a newer save. */
    public FilingView replaceData(Caller caller, String filingId, JsonObject data, Long expectedVersion) {
        Filing filing = access.own(caller, filingId, true);
        if (expectedVersion != null && expectedVersion != filing.version()) {
            throw new Rejection(ProblemType.EDIT_CONFLICT);
        }
        filing.replaceData(data.toString(), caller.userId(), Instant.now());
        filings.flush();
        return views.of(filing, caller.language());
    }

    public FilingView view(Caller caller, String filingId) {
        return views.of(access.visible(caller, filingId), caller.language());
    }

    public Page<FilingView> list(Caller caller, int offset, int limit) {
        caller.require(Role.APPLICANT);
        int size = Page.limit(limit);
        int from = Page.offset(offset);
        return new Page<>(filings.filingsOf(caller.organisationId(), from, size).stream()
                .map(filing -> views.of(filing, caller.language())).toList(),
                from, size, filings.countFilingsOf(caller.organisationId()));
    }

    /** Streams an upload to storage, checked by content against what the form's slot accepts (a draft, or a filing to complete). */
    public FilingView attach(Caller caller, String filingId, String slotName, String fileName, long declaredLength,
                             InputStream content) {
        Filing filing = access.own(caller, filingId, true);
        if (!filing.isEditable()) {
            throw new Rejection(ProblemType.FILING_ALREADY_SUBMITTED, filing.reference());
        }
        AttachmentSlot slot = filing.form().definition().attachment(slotName)
                .orElseThrow(() -> new Rejection(ProblemType.UNKNOWN_ATTACHMENT, slotName));
        long limit = Math.min(slot.maxBytes(), Settings.uploadMaxBytes());
        if (declaredLength > limit) {
            throw Rejection.tooLarge(ProblemType.ATTACHMENT_TOO_LARGE, limit);
        }
        StoredFile stored = storage.store(content, limit, slot.mediaTypes());
        Instant now = Instant.now();
        filing.attach(new Attachment(filing, slot.name(), FileStorage.safeName(fileName), stored, now), caller.userId(), now);
        audit.record(caller.username(), "filing.attachment-added", filing.id(), slot.name() + " " + stored.sha256());
        filings.flush();
        return views.of(filing, caller.language());
    }

    public FilingView detach(Caller caller, String filingId, String attachmentId) {
        Filing filing = access.own(caller, filingId, true);
        Attachment removed = filing.detach(attachmentId, caller.userId(), Instant.now());
        audit.record(caller.username(), "filing.attachment-removed", filing.id(), removed.slot() + " " + removed.sha256());
        filings.flush();
        return views.of(filing, caller.language());
    }

    public Download attachment(Caller caller, String filingId, String attachmentId) {
        Attachment attachment = access.visible(caller, filingId).attachment(attachmentId).orElseThrow(Rejection::notFound);
        return new Download(attachment.fileName(), attachment.mediaType(), attachment.size(),
                storage.open(attachment.storageKey()));
    }

    /** The draft, and whether this call made it (false when an idempotent retry found the earlier one). */
    public record Created(FilingView filing, boolean isNew) {
    }
}
