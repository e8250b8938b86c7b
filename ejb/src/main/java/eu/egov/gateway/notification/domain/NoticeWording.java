package eu.egov.gateway.notification.domain;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.json.JsonObject;

import eu.egov.gateway.shared.domain.LocalisedText;

/**
 * The words of notices in one language, from {@code i18n/notices*.properties}: adding a language is adding a
 * file. Each kind has a subject and a body, message patterns filled from the arguments the notifying context
 * gives (see {@link NoticeKind}).
 */
public final class NoticeWording {

    private static final String BUNDLE = "i18n.notices";

    // Without this, a language we do not translate would fall back to the server's default locale instead of
    // the base (English) bundle, and the same notice would read differently from one server to the next.
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Locale language;
    private final DateTimeFormatter dateTime;

    private NoticeWording(ResourceBundle bundle) {
        this.bundle = bundle;
        // The base bundle is English; formatting with Locale.ROOT would give months like "M11".
        this.language = bundle.getLocale().equals(Locale.ROOT) ? Locale.ENGLISH : bundle.getLocale();
        this.dateTime = DateTimeFormatter.ofPattern(bundle.getString("format.date-time"), language)
                .withZone(ZoneOffset.UTC);
    }

    public static NoticeWording in(Locale language) {
        return new NoticeWording(ResourceBundle.getBundle(BUNDLE, language, NoticeWording.class.getClassLoader(),
                NO_DEFAULT_LOCALE));
    }

    /** A notice's subject and body, and the language they are actually in: English for a user who reads Italian. */
    public record Wording(Locale language, String subject, String body) {
    }

    /**
     * The notice of a kind, filled from its arguments: a per-language text (a JSON object such as
     * {"en": …, "fr": …}) in this language, an instant as a date and time in UTC, anything else as it is.
     */
    public Wording of(NoticeKind kind, Object... arguments) {
        Object[] words = Arrays.stream(arguments).map(this::word).toArray();
        return new Wording(language, format(kind.slug() + ".subject", words), format(kind.slug() + ".body", words));
    }

    /** A notice as an e-mail: its body, where to follow it up, and why the recipient received it. */
    public String mailText(Wording wording, String url) {
        return wording.body() + "\n\n" + format("mail.link", url) + "\n\n-- \n" + bundle.getString("mail.footer");
    }

    private String word(Object argument) {
        if (argument instanceof JsonObject texts) {
            return LocalisedText.in(texts, language);
        }
        if (argument instanceof Instant instant) {
            return dateTime.format(instant);
        }
        return String.valueOf(argument);
    }

    private String format(String key, Object... words) {
        return new MessageFormat(bundle.getString(key), language).format(words);
    }
}
