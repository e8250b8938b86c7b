package eu.egov.gateway.notification.application;

import java.time.Instant;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import eu.egov.gateway.identity.domain.IdentityRepository;
import eu.egov.gateway.identity.domain.Role;
import eu.egov.gateway.identity.domain.UserAccount;
import eu.egov.gateway.notification.domain.Notice;
import eu.egov.gateway.notification.domain.NoticeKind;
import eu.egov.gateway.notification.domain.NoticeRepository;
import eu.egov.gateway.notification.domain.NoticeWording;
import eu.egov.gateway.notification.domain.OutgoingMail;
import eu.egov.gateway.shared.infrastructure.Settings;

/**
 * What other contexts call to tell users that something happened. The in-app notice is written in the caller's
 * transaction, so it exists exactly when the change it tells of does; the e-mail goes out only after that
 * transaction commits (see the notification infrastructure), and its failure undoes nothing.
 */
@Stateless
public class Notifications {

    @Inject
    private IdentityRepository identities;

    @Inject
    private NoticeRepository notices;

    @Inject
    private Event<OutgoingMail> mails;

    /**
     * Tells every user who holds the role for the organisation, each in their own language.
     *
     * @param link      where the notice leads, as a path on the gateway ("/filing.html?id=…", "/api/…")
     * @param arguments what the kind's wording is filled from, in the order {@link NoticeKind} gives
     */
    public void notifyMembers(String organisationId, Role role, NoticeKind kind, String link, Object... arguments) {
        Instant now = Instant.now();
        for (UserAccount user : identities.members(organisationId, role)) {
            tell(user, kind, link, now, arguments);
        }
    }

    /** Tells one user, in their own language; as {@link #notifyMembers} otherwise. */
    public void notifyUser(String userId, NoticeKind kind, String link, Object... arguments) {
        identities.user(userId).ifPresent(user -> tell(user, kind, link, Instant.now(), arguments));
    }

    private void tell(UserAccount user, NoticeKind kind, String link, Instant now, Object... arguments) {
        NoticeWording words = NoticeWording.in(user.language());
        NoticeWording.Wording wording = words.of(kind, arguments);
        notices.add(new Notice(user.id(), kind, wording, link, now));
        user.email().ifPresent(address -> mails.fire(new OutgoingMail(address, wording.language(),
                wording.subject(), words.mailText(wording, Settings.publicUrl() + link))));
    }
}
