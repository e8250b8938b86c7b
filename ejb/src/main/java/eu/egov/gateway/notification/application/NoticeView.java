package eu.egov.gateway.notification.application;

import java.time.Instant;

import eu.egov.gateway.notification.domain.Notice;

/**
 * A notice as its recipient reads it, in the language it was worded in (which may differ from the one the
 * recipient now asks for); {@code readAt} is null until they have.
 */
public record NoticeView(String id, String kind, String language, String subject, String body, String link,
                         Instant createdAt, Instant readAt) {

    static NoticeView of(Notice notice) {
        return new NoticeView(notice.id(), notice.kind().slug(), notice.language().toLanguageTag(), notice.subject(),
                notice.body(), notice.link(), notice.createdAt(), notice.readAt());
    }
}
