package eu.egov.gateway.documents.application;

import java.text.Normalizer;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.Source;
import javax.xml.transform.dom.DOMSource;

import org.w3c.dom.DOMImplementation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The small XML document a stylesheet lays out: the document's values and the labels of its language. It is built
 * as a DOM and never parsed, so a value is always text and can never turn into markup, an entity or an include.
 */
final class TemplateInput {

    // Shared: creating a document keeps no state in the implementation.
    private static final DOMImplementation DOM = domImplementation();

    private static final char ZERO_WIDTH_SPACE = '\u200B';
    // Longer than the words of our languages, so only hashes, links, IBANs and the like get break opportunities.
    private static final Pattern LONG_WORD = Pattern.compile("\\S{25,}");
    private static final int CHUNK = 8;

    private final Labels labels;
    private final Document document;

    TemplateInput(String name, Labels labels) {
        this.labels = labels;
        this.document = DOM.createDocument(null, name, null);
        root().setAttribute("lang", labels.language().toLanguageTag());
        Element all = element(root(), "labels");
        for (String key : labels.keys()) {
            text(all, "label", labels.get(key)).setAttribute("key", key);
        }
    }

    Element root() {
        return document.getDocumentElement();
    }

    Element element(Element parent, String name) {
        return (Element) parent.appendChild(document.createElement(name));
    }

    /** Adds {@code <name>value</name>}; an absent value gives an empty element, which the stylesheets leave out. */
    Element text(Element parent, String name, String value) {
        Element element = element(parent, name);
        if (value != null) {
            element.setTextContent(breakable(printable(value)));
        }
        return element;
    }

    /** Adds {@code <name iso="2026-11-27T15:04:05Z">27 November 2026, 15:04:05 UTC</name>}. */
    void instant(Element parent, String name, Instant instant) {
        text(parent, name, labels.dateTime(instant)).setAttribute("iso", Labels.iso(instant));
    }

    Source source() {
        return new DOMSource(document);
    }

    // Control characters are not allowed in XML and have no glyph; a pasted one must not break the document.
    // Composed (NFC), because the typesetter places no combining accent over its letter (no complex scripts):
    // "e" and U+0301, as some keyboards and systems send it, prints as the one glyph "é".
    private static String printable(String value) {
        String composed = Normalizer.normalize(value, Normalizer.Form.NFC);
        return composed.replace("\r\n", "\n").replace('\r', '\n').codePoints()
                .map(c -> Character.isISOControl(c) && c != '\n' && c != '\t' ? '\uFFFD' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    // FOP never breaks inside a word (no hyphenation patterns are shipped), so a long hash or link would run out
    // of its table cell. Zero-width spaces let it wrap there; FOP does not print them, so copied text stays intact.
    // XSLT 1.0 has no regular expressions, hence doing it here.
    private static String breakable(String value) {
        return LONG_WORD.matcher(value).replaceAll(word -> Matcher.quoteReplacement(chunked(word.group())));
    }

    private static String chunked(String word) {
        StringBuilder chunks = new StringBuilder(word.length() + word.length() / CHUNK);
        int sinceBreak = 0;
        for (int c : word.codePoints().toArray()) {
            // never between a letter and its accent
            if (sinceBreak >= CHUNK && Character.getType(c) != Character.NON_SPACING_MARK) {
                chunks.append(ZERO_WIDTH_SPACE);
                sinceBreak = 0;
            }
            chunks.appendCodePoint(c);
            sinceBreak++;
        }
        return chunks.toString();
    }

    private static DOMImplementation domImplementation() {
        try {
            return DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().getDOMImplementation();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("No DOM implementation", e);
        }
    }
}
