package eu.egov.gateway.documents.infrastructure;

import java.io.InputStream;
import java.net.URI;
import java.util.regex.Pattern;

import javax.xml.transform.Source;
import javax.xml.transform.TransformerException;
import javax.xml.transform.URIResolver;
import javax.xml.transform.stream.StreamSource;

/**
 * Lets a stylesheet include our other stylesheets, and nothing else: the XSLT processor's own external access is
 * switched off, so this is the only door into the classpath.
 */
final class StylesheetResolver implements URIResolver {

    private static final URI BASE = URI.create("classpath:/documents/");
    // The whole URI, so that no "..", other scheme, host, query or fragment gets through.
    private static final Pattern STYLESHEET = Pattern.compile("classpath:/documents/[a-z-]+\\.xsl");

    private final ClassLoader classLoader;

    StylesheetResolver(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    /** Opens one of our stylesheets by its file name, e.g. {@code receipt.xsl}. */
    Source open(String name) throws TransformerException {
        return resolve(name, null);
    }

    @Override
    public Source resolve(String href, String base) throws TransformerException {
        URI uri;
        try {
            uri = (base == null ? BASE : URI.create(base)).resolve(href);
        } catch (IllegalArgumentException e) {
            throw new TransformerException("Refused stylesheet " + href, e);
        }
        if (!STYLESHEET.matcher(uri.toString()).matches()) {
            throw new TransformerException("Stylesheets may only include the gateway's own stylesheets; refused "
                    + uri);
        }
        InputStream stylesheet = classLoader.getResourceAsStream(uri.getPath().substring(1));
        if (stylesheet == null) {
            throw new TransformerException("No stylesheet " + uri);
        }
        return new StreamSource(stylesheet, uri.toString());
    }
}
