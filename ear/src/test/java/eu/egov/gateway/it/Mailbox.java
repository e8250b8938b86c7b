package eu.egov.gateway.it;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The SMTP server the gateway mails to during the integration tests: a GreenMail in this JVM, on the port the
 * test server was given as GATEWAY_SMTP_PORT (gateway.it.smtp.port). The first test class that uses this
 * extension starts it, and it runs until the whole test run ends, since the server mails whenever any test's
 * action makes it; mails sent before it started are lost (the gateway logs them), so a test that looks for
 * mail uses this extension.
 */
final class Mailbox implements BeforeAllCallback {

    private static final int PORT = Integer.getInteger("gateway.it.smtp.port", 3025);
    // the gateway mails after its transaction commits, on another thread: the answer comes before the mail
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private static GreenMail server;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Mailbox.class, key -> start(), ExtensionContext.Store.CloseableResource.class);
    }

    private static synchronized ExtensionContext.Store.CloseableResource start() {
        server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server::stop;
    }

    /** The first mail to the address that satisfies the condition, once it has come in; empty if none does in time. */
    static Optional<Mail> mailTo(String address, Predicate<Mail> condition) {
        Instant giveUp = Instant.now().plus(PATIENCE);
        do {
            Optional<Mail> found = Arrays.stream(server.getReceivedMessages())
                    .map(Mail::of)
                    .filter(mail -> mail.to().equals(address) && condition.test(mail))
                    .findFirst();
            if (found.isPresent()) {
                return found;
            }
            server.waitForIncomingEmail(200, server.getReceivedMessages().length + 1);
        } while (Instant.now().isBefore(giveUp));
        return Optional.empty();
    }

    /** A received mail as its reader sees it: decoded subject and text, its lines ended as Java writes them. */
    record Mail(String to, String from, String subject, String text, String language) {

        static Mail of(MimeMessage message) {
            try {
                Address[] to = message.getRecipients(Message.RecipientType.TO);
                return new Mail(((InternetAddress) to[0]).getAddress(), ((InternetAddress) message.getFrom()[0]).getAddress(),
                        message.getSubject(), ((String) message.getContent()).replace("\r\n", "\n"),
                        message.getHeader("Content-Language", null));
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
