package eu.egov.gateway.filing.domain;

import java.util.List;
import java.util.Optional;

/** The messages between firms and authorities about filings, and the files sent with them. */
public interface MessageRepository {

    void add(CaseMessage message);

    /** The filing's messages, oldest first. */
    List<CaseMessage> thread(String filingId);

    /** The message the author sent earlier under this idempotency key, if any. */
    Optional<CaseMessage> earlier(String filingId, String authorId, String idempotencyKey);

    void add(MessageAttachment attachment);

    Optional<MessageAttachment> attachment(String id);

    void remove(MessageAttachment attachment);

    /** The files sent with the filing's messages. */
    List<MessageAttachment> sentAttachments(String filingId);
}
