package eu.egov.gateway.notification.infrastructure;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import eu.egov.gateway.notification.domain.OutgoingMail;

/**
 * Mails notices through WildFly's mail session (its SMTP server and sender address are configuration, see
 * configure-server.cli). Only once the transaction that caused a notice has committed, so that nothing is
 * mailed for a change that rolled back; and on another thread, so that a slow or absent SMTP server neither
 * delays nor undoes that change. A mail that cannot be sent is logged and not tried again: the in-app notice
 * stays, and tells the user all the same.
 */
@ApplicationScoped
class MailOutbox {

    private static final Logger LOG = Logger.getLogger(MailOutbox.class.getName());

    @Resource(lookup = "java:jboss/mail/Gateway")
    private Session session;

    @Resource
    private ManagedExecutorService executor;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutgoingMail mail) {
        executor.execute(() -> send(mail));
    }

    private void send(OutgoingMail mail) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom();
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            message.setText(mail.text(), StandardCharsets.UTF_8.name());
            message.setHeader("Content-Language", mail.language().toLanguageTag());
            message.setSentDate(new Date());
            Transport.send(message);
        } catch (MessagingException | RuntimeException e) {
            LOG.warning(() -> "A notice could not be mailed to " + mail.to() + " (" + mail.subject()
                    + "); the user still finds it among their notices in the gateway. " + e);
        }
    }
}
