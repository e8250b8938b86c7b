package eu.egov.gateway.documents.application;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The words and formats of one language, from {@code documents/messages*.properties}: adding a language is adding
 * a file. The stylesheets receive every label; dates and sizes are formatted here, where the locale is known.
 */
final class Labels {

    private static final String BUNDLE = "documents.messages";

    // Without this, a language we do not translate would fall back to the server's default locale instead of
    // the base (English) bundle, and the same document would read differently from one server to the next.
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Locale language;
    private final DateTimeFormatter dateTime;

    private Labels(ResourceBundle bundle) {
        this.bundle = bundle;
        // The base bundle is English; formatting with Locale.ROOT would give months like "M11".
        this.language = bundle.getLocale().equals(Locale.ROOT) ? Locale.ENGLISH : bundle.getLocale();
        this.dateTime = DateTimeFormatter.ofPattern(bundle.getString("format.date-time"), language)
                .withZone(ZoneOffset.UTC);
    }

    static Labels of(Locale locale) {
        return new Labels(ResourceBundle.getBundle(BUNDLE, locale, Labels.class.getClassLoader(), NO_DEFAULT_LOCALE));
    }

    /** The language the labels are actually in, e.g. {@code en} for a document asked for in Italian. */
    Locale language() {
        return language;
    }

    Set<String> keys() {
        return bundle.keySet();
    }

    String get(String key) {
        return bundle.getString(key);
    }

    /** E.g. "27 November 2026, 15:04:05 UTC": to the second, in UTC, in this language. */
    String dateTime(Instant instant) {
        return dateTime.format(instant);
    }

    /** E.g. "2026-11-27T15:04:05Z", which reads the same in every language. */
    static String iso(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** E.g. "1,234,567 bytes". */
    String size(long bytes) {
        return format("format.size", bytes);
    }

    /** The label's text with the values in its placeholders, formatted in this language. */
    String format(String key, Object... values) {
        return new MessageFormat(bundle.getString(key), language).format(values);
    }

    /**
     * E.g. "198 500,00 €" in French, "€198,500.00" in English: the amount in this language's digits and grouping,
     * with the currency's symbol, and never rounded (a price with more decimals than its currency keeps them). A
     * code that is not ISO 4217 is shown as given after the amount.
     */
    String money(BigDecimal amount, String currencyCode) {
        Currency currency = currency(currencyCode);
        // NumberFormat is not thread-safe, and cheap to create.
        NumberFormat format = currency == null
                ? NumberFormat.getNumberInstance(language)
                : NumberFormat.getCurrencyInstance(language);
        int decimals = currency == null ? 2 : Math.max(currency.getDefaultFractionDigits(), 0);
        if (currency != null) {
            format.setCurrency(currency);
        }
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(Math.max(decimals, amount.stripTrailingZeros().scale()));
        String formatted = format.format(amount);
        return currency == null && currencyCode != null && !currencyCode.isBlank()
                ? formatted + "\u00A0" + currencyCode.strip()
                : formatted;
    }

    private static Currency currency(String code) {
        if (code == null) {
            return null;
        }
        try {
            return Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
