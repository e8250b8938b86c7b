package eu.egov.gateway.notification.domain;

import java.util.Locale;

/** A notice as an e-mail to one address, in plain text, in the recipient's language. */
public record OutgoingMail(String to, Locale language, String subject, String text) {
}
