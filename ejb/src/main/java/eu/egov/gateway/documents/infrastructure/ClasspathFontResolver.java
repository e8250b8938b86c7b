package eu.egov.gateway.documents.infrastructure;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.apache.xmlgraphics.io.Resource;
import org.apache.xmlgraphics.io.ResourceResolver;

/**
 * The only way FOP reaches outside a render: it serves the fonts we ship and refuses everything else, so that no
 * template, data value or server setup can make a document read a file, call the network, or come out differently
 * depending on what happens to be installed.
 */
final class ClasspathFontResolver implements ResourceResolver {

    /**
     * What FOP resolves the configuration's relative font URLs against. A {@code file:} URI although nothing is ever
     * read from the file system: FOP turns its base into a {@code java.net.URL} for every font of every document, and
     * for a scheme the JDK has no handler for (such as {@code classpath:}) JBoss Modules searched every module for one,
     * each time in vain, 6 % of the server's CPU in the filing rush. The path names where the fonts really come from.
     */
    static final URI BASE = URI.create("file:/classpath/documents/");

    // The whole URI against a closed pattern rather than a prefix check, so that no "..", encoded or not, no
    // other scheme, host, query or fragment can get through.
    private static final Pattern FONT = Pattern.compile("file:/classpath/documents/fonts/[A-Za-z0-9-]+\\.ttf");

    private final ClassLoader classLoader;

    // FOP reads each font anew for every document; inflating it out of the deployed archive each time cost
    // about 40 % of a receipt's rendering. Only the fonts the pattern admits are kept: two files, 0.4 MB.
    private final Map<String, byte[]> fonts = new ConcurrentHashMap<>();

    ClasspathFontResolver(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    @Override
    public Resource getResource(URI uri) throws IOException {
        if (!FONT.matcher(uri.toString()).matches()) {
            throw new RefusedResourceException(uri);
        }
        try {
            String path = uri.getPath().substring("/classpath/".length());
            return new Resource(new ByteArrayInputStream(fonts.computeIfAbsent(path, this::read)));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private byte[] read(String path) {
        try (InputStream font = classLoader.getResourceAsStream(path)) {
            if (font == null) {
                throw new UncheckedIOException(new FileNotFoundException("classpath:/" + path));
            }
            return font.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public OutputStream getOutputStream(URI uri) throws IOException {
        throw new RefusedResourceException(uri);
    }

    /** Raised for any resource that is not one of our fonts. */
    static final class RefusedResourceException extends IOException {
        private static final long serialVersionUID = 1L;

        RefusedResourceException(URI uri) {
            super("Documents may only use the fonts they ship with; refused " + uri);
        }
    }
}
