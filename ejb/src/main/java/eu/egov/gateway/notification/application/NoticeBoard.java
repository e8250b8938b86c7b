package eu.egov.gateway.notification.application;

import java.time.Instant;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import eu.egov.gateway.identity.domain.Caller;
import eu.egov.gateway.notification.domain.Notice;
import eu.egov.gateway.notification.domain.NoticeRepository;
import eu.egov.gateway.shared.domain.Page;
import eu.egov.gateway.shared.domain.Rejection;

/** A user's own notices: every user has them, whatever their roles; nobody sees another's. */
@Stateless
public class NoticeBoard {

    @Inject
    private NoticeRepository notices;

    /** The caller's notices, newest first. */
    public Page<NoticeView> mine(Caller caller, int offset, int limit) {
        int from = Page.offset(offset);
        int size = Page.limit(limit);
        return new Page<>(notices.noticesOf(caller.userId(), from, size).stream().map(NoticeView::of).toList(),
                from, size, notices.countOf(caller.userId()));
    }

    public long unread(Caller caller) {
        return notices.unreadCountOf(caller.userId());
    }

    /** Marks one of the caller's notices read; another user's is not found, as if it did not exist. */
    public NoticeView read(Caller caller, String noticeId) {
        Notice notice = notices.notice(noticeId).filter(found -> found.isFor(caller.userId()))
                .orElseThrow(Rejection::notFound);
        notice.markRead(Instant.now());
        return NoticeView.of(notice);
    }
}
