package eu.egov.gateway.filing.application;

import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import eu.egov.gateway.audit.application.AuditLog;
import eu.egov.gateway.filing.application.MessageView.AttachmentView;
import eu.egov.gateway.filing.domain.CaseMessage;
import eu.egov.gateway.filing.domain.Filing;
import eu.egov.gateway.filing.domain.FilingRepository;
import eu.egov.gateway.filing.domain.MessageAttachment;
import eu.egov.gateway.filing.domain.MessageRepository;
import eu.egov.gateway.filing.domain.Side;
import eu.egov.gateway.identity.domain.Caller;
import eu.egov.gateway.identity.domain.IdentityRepository;
import eu.egov.gateway.identity.domain.Organisation;
import eu.egov.gateway.identity.domain.Role;
import eu.egov.gateway.identity.domain.UserAccount;
import eu.egov.gateway.notification.application.Notifications;
import eu.egov.gateway.notification.domain.NoticeKind;
import eu.egov.gateway.shared.domain.Download;
import eu.egov.gateway.shared.domain.FieldViolation;
import eu.egov.gateway.shared.domain.ProblemType;
import eu.egov.gateway.shared.domain.Rejection;
import eu.egov.gateway.shared.domain.StoredFile;
import eu.egov.gateway.shared.infrastructure.FileStorage;
import eu.egov.gateway.shared.infrastructure.SchemaCheck;
import eu.egov.gateway.shared.infrastructure.Settings;

/**
 * The messages between a firm and the authority about a submitted filing: the firm's applicants write on
 * their filing, the authority's clerks on their case, and each side is told of what the other wrote. Files
 * are uploaded first, streamed and checked by content, and a message then names them, as a bid names its
 * offer documents: so one way of uploading serves the whole API, and a message's text and files arrive
 * together or not at all.
 */
@Stateless
public class Correspondence {

    private static final List<String> ACCEPTED = List.of("application/pdf", "image/png", "image/jpeg");
    /** The fragment of the filing and case pages where the thread is. */
    private static final String THREAD = "#messages";

    @Inject
    private FilingRepository filings;

    @Inject
    private MessageRepository messages;

    @Inject
    private IdentityRepository identities;

    @Inject
    private FilingAccess access;

    @Inject
    private FileStorage storage;

    @Inject
    private Notifications notifications;

    @Inject
    private ApplicantNotices applicants;

    @Inject
    private AuditLog audit;

    /** The thread, oldest message first. */
    public List<MessageView> thread(Caller caller, MessageThread thread) {
        return views(filingToRead(caller, thread));
    }

    /** Notes that the caller's side has read what the other side wrote; the thread as it is then. */
    public List<MessageView> read(Caller caller, MessageThread thread) {
        Filing filing = filingToRead(caller, thread);
        Instant now = Instant.now();
        messages.thread(filing.id()).forEach(message -> message.readBy(thread.side(), now));
        return views(filing);
    }

    /** Streams a file to storage, checked by content, for a message of the caller's to name. */
    public AttachmentView upload(Caller caller, MessageThread thread, String fileName, long declaredLength,
                                 InputStream content) {
        Filing filing = filing(caller, thread);
        CaseMessage.requireSubmitted(filing);
        long limit = Settings.messageAttachmentMaxBytes();
        if (declaredLength > limit) {
            throw Rejection.tooLarge(ProblemType.ATTACHMENT_TOO_LARGE, limit);
        }
        StoredFile stored = storage.store(content, limit, ACCEPTED);
        MessageAttachment attachment = new MessageAttachment(filing, caller.userId(), FileStorage.safeName(fileName),
                stored, Instant.now());
        messages.add(attachment);
        audit.record(caller.username(), "case.message-attachment-uploaded", filing.id(),
                attachment.id() + " " + attachment.sha256());
        return AttachmentView.of(attachment);
    }

    /**
     * Sends a message with the files it names, and tells the other side. A retry with the same idempotency
     * key returns the message the first call sent, so a client that lost the answer does not send it twice.
     */
    public Written write(Caller caller, MessageThread thread, String text, List<String> attachmentIds,
                         String idempotencyKey) {
        // locked: a retry and its original, or two messages naming one file, are taken one after the other
        Filing filing = filings.filingForUpdate(filing(caller, thread).id()).orElseThrow(Rejection::notFound);
        if (idempotencyKey != null) {
            Optional<CaseMessage> earlier = messages.earlier(filing.id(), caller.userId(), idempotencyKey);
            if (earlier.isPresent()) {
                return new Written(views(filing).stream().filter(view -> view.id().equals(earlier.get().id()))
                        .findFirst().orElseThrow(), false);
            }
        }
        CaseMessage.requireSubmitted(filing);
        List<FieldViolation> violations = new ArrayList<>();
        String body = text == null ? "" : text.strip();
        if (body.isEmpty() || body.length() > CaseMessage.MAX_LENGTH) {
            violations.add(new FieldViolation("/text", "text", SchemaCheck.wording("text.required", caller.language(),
                    CaseMessage.MAX_LENGTH)));
        }
        List<MessageAttachment> files = attachments(caller, filing, attachmentIds, violations);
        if (!violations.isEmpty()) {
            throw new Rejection(ProblemType.VALIDATION_FAILED, violations);
        }
        CaseMessage message = new CaseMessage(filing, thread.side(), caller.userId(), body, idempotencyKey, Instant.now());
        messages.add(message);
        files.forEach(file -> file.sendWith(message));
        audit.record(caller.username(), "case.message-sent", filing.id(), message.id()
                + files.stream().map(file -> " " + file.sha256()).collect(Collectors.joining()));
        tellOtherSide(caller, filing, thread.side());
        return new Written(view(message, files.stream().map(AttachmentView::of).toList(), caller.displayName(),
                caller.organisationName()), true);
    }

    /** Discards a file the caller uploaded and has not sent: the row and the file go; a sent one is the case's record. */
    public void discard(Caller caller, MessageThread thread, String attachmentId) {
        // locked as a message being written is, so that no file goes while a message takes it
        Filing filing = filings.filingForUpdate(filing(caller, thread).id()).orElseThrow(Rejection::notFound);
        MessageAttachment attachment = messages.attachment(attachmentId)
                .filter(found -> found.canBeSentBy(caller.userId(), filing.id()))
                .orElseThrow(Rejection::notFound);
        messages.remove(attachment);
        storage.delete(attachment.storageKey());
        audit.record(caller.username(), "case.message-attachment-discarded", filing.id(),
                attachment.id() + " " + attachment.sha256());
    }

    /** A file sent in the thread, or one the caller uploaded and has not sent yet. */
    public Download attachment(Caller caller, MessageThread thread, String attachmentId) {
        Filing filing = filingToRead(caller, thread);
        MessageAttachment attachment = messages.attachment(attachmentId)
                .filter(found -> found.isReadableBy(caller.userId(), filing.id()))
                .orElseThrow(Rejection::notFound);
        return new Download(attachment.fileName(), attachment.mediaType(), attachment.size(),
                storage.open(attachment.storageKey()));
    }

    /** The message, and whether this call sent it (false when an idempotent retry found the earlier one). */
    public record Written(MessageView message, boolean isNew) {
    }

    /** The filing, for a change to its thread: an intermediary needs its mandate in force. */
    private Filing filing(Caller caller, MessageThread thread) {
        return thread.side() == Side.FIRM
                ? access.own(caller, thread.filing(), false)
                : access.caseOf(caller, thread.filing());
    }

    /** The filing, to read its thread: an intermediary keeps reading what it filed after its mandate ended. */
    private Filing filingToRead(Caller caller, MessageThread thread) {
        return thread.side() == Side.FIRM
                ? access.ownToRead(caller, thread.filing())
                : access.caseOf(caller, thread.filing());
    }

    /** The files a message names: each one the caller's, for this filing, not sent yet, and named once. */
    private List<MessageAttachment> attachments(Caller caller, Filing filing, List<String> ids,
                                                List<FieldViolation> violations) {
        List<String> named = ids == null ? List.of() : ids;
        if (named.size() > CaseMessage.MAX_ATTACHMENTS) {
            violations.add(new FieldViolation("/attachments", "attachments", SchemaCheck.wording("message.attachments",
                    caller.language(), CaseMessage.MAX_ATTACHMENTS)));
            return List.of();
        }
        List<MessageAttachment> files = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < named.size(); i++) {
            String id = named.get(i);
            Optional<MessageAttachment> file = Optional.ofNullable(id).filter(seen::add).flatMap(messages::attachment)
                    .filter(found -> found.canBeSentBy(caller.userId(), filing.id()));
            file.ifPresent(files::add);
            if (file.isEmpty()) {
                violations.add(new FieldViolation("/attachments/" + i, "attachments",
                        SchemaCheck.wording("message.attachment", caller.language())));
            }
        }
        return files;
    }

    /**
     * The authority's message goes to the firm, and to the intermediary that filed for it; a firm's message goes to
     * the clerk who holds the case, or to all its authority's clerks while nobody does. The link leads to the thread
     * itself, which comes after the filing's whole record.
     */
    private void tellOtherSide(Caller caller, Filing filing, Side writer) {
        Object[] about = {filing.reference(), filing.form().definition().titles(), caller.organisationName()};
        if (writer == Side.AUTHORITY) {
            applicants.tell(filing, "/filing.html?id=" + filing.id() + THREAD, NoticeKind.MESSAGE_RECEIVED, about);
        } else if (filing.assignee() != null) {
            notifications.notifyUser(filing.assignee(), NoticeKind.MESSAGE_RECEIVED,
                    "/case.html?ref=" + filing.reference() + THREAD, about);
        } else {
            notifications.notifyMembers(filing.form().authorityId(), Role.CLERK, NoticeKind.MESSAGE_RECEIVED,
                    "/case.html?ref=" + filing.reference() + THREAD, about);
        }
    }

    private List<MessageView> views(Filing filing) {
        Map<String, List<AttachmentView>> sent = messages.sentAttachments(filing.id()).stream()
                .collect(Collectors.groupingBy(MessageAttachment::messageId,
                        Collectors.mapping(AttachmentView::of, Collectors.toList())));
        Map<Side, String> organisations = Map.of(Side.FIRM, organisationName(filing.organisationId()),
                Side.AUTHORITY, organisationName(filing.form().authorityId()));
        return messages.thread(filing.id()).stream()
                .map(message -> view(message, sent.getOrDefault(message.id(), List.of()),
                        identities.user(message.authorId()).map(UserAccount::displayName).orElse(""),
                        organisations.get(message.side())))
                .toList();
    }

    private static MessageView view(CaseMessage message, List<AttachmentView> attachments, String author,
                                    String organisation) {
        return new MessageView(message.id(), message.side().name(), author, organisation, message.text(),
                message.sentAt(), message.readAt(), attachments);
    }

    private String organisationName(String organisationId) {
        return identities.organisation(organisationId).map(Organisation::name).orElse("");
    }
}
