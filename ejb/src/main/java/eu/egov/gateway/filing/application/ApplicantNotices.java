package eu.egov.gateway.filing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.egov.gateway.filing.domain.Filing;
import eu.egov.gateway.identity.domain.Role;
import eu.egov.gateway.notification.application.Notifications;
import eu.egov.gateway.notification.domain.NoticeKind;

/**
 * What happens to a filing, told to the firm's applicants and, for a filing an intermediary made under a mandate,
 * to the intermediary's as well: it filed the case and follows it, and reads it through the same link.
 */
@ApplicationScoped
class ApplicantNotices {

    @Inject
    private Notifications notifications;

    void tell(Filing filing, String link, NoticeKind kind, Object... arguments) {
        notifications.notifyMembers(filing.organisationId(), Role.APPLICANT, kind, link, arguments);
        if (filing.isRepresented()) {
            notifications.notifyMembers(filing.agentId(), Role.APPLICANT, kind, link, arguments);
        }
    }
}
