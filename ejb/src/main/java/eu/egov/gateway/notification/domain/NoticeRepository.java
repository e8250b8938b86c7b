package eu.egov.gateway.notification.domain;

import java.util.List;
import java.util.Optional;

/** The notices of every user. */
public interface NoticeRepository {

    void add(Notice notice);

    Optional<Notice> notice(String id);

    /** A user's notices, newest first. */
    List<Notice> noticesOf(String recipientId, int offset, int limit);

    long countOf(String recipientId);

    long unreadCountOf(String recipientId);
}
