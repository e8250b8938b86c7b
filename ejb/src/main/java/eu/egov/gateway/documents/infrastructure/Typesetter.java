package eu.egov.gateway.documents.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.Semaphore;

import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.Templates;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerConfigurationException;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.URIResolver;
import javax.xml.transform.sax.SAXResult;

import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;
import org.xml.sax.SAXException;

import jakarta.enterprise.context.Dependent;

/**
 * Turns XML into PDF/A-2b through our XSL-FO stylesheets, with our embedded fonts only and without reaching any
 * resource outside them.
 * <p>
 * Building one is expensive (FOP configuration, fonts), using one is thread-safe: the application holds a single
 * one, injected into the application-scoped renderer. It is dependent rather than application-scoped itself because
 * CDI's client proxy would run this constructor, and so build a second FOP, a second time.
 */
@Dependent
public class Typesetter {

    private static final String CONFIGURATION = "documents/fop.xconf";

    // The data documents never need another document; a stylesheet calling document() is refused.
    private static final URIResolver NO_DOCUMENTS = (href, base) -> {
        throw new TransformerException("Stylesheets may not load documents; refused " + href);
    };

    private final FopFactory fopFactory;
    private final TransformerFactory transformerFactory;
    private final StylesheetResolver stylesheets;
    // A render allocates 10 to 20 MB and holds much of it to the end: twenty at once on two cores only crowded
    // the heap (peak 982 MiB of 1 GiB) and the caches. As many as there are cores; the others wait their turn.
    private final Semaphore renders = new Semaphore(Runtime.getRuntime().availableProcessors(), true);

    public Typesetter() {
        ClassLoader classLoader = Typesetter.class.getClassLoader();
        this.fopFactory = fopFactory(classLoader);
        this.stylesheets = new StylesheetResolver(classLoader);
        this.transformerFactory = transformerFactory(stylesheets);
    }

    /** Compiles one of our stylesheets, e.g. {@code receipt.xsl}; keep the result, it is thread-safe. */
    public Templates stylesheet(String name) {
        try {
            return compile(stylesheets.open(name));
        } catch (TransformerException e) {
            throw new IllegalStateException("Cannot load stylesheet " + name, e);
        }
    }

    // TransformerFactory is not thread-safe; compiling happens once per stylesheet, so a lock costs nothing.
    synchronized Templates compile(Source stylesheet) {
        try {
            return transformerFactory.newTemplates(stylesheet);
        } catch (TransformerConfigurationException e) {
            throw new IllegalStateException("Cannot compile stylesheet " + stylesheet.getSystemId(), e);
        }
    }

    /** Lays out {@code data} with {@code stylesheet} into an unsigned PDF/A-2b. */
    public byte[] typeset(Templates stylesheet, Source data) {
        renders.acquireUninterruptibly();
        try {
            return layOut(stylesheet, data);
        } finally {
            renders.release();
        }
    }

    private byte[] layOut(Templates stylesheet, Source data) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        try {
            FOUserAgent userAgent = fopFactory.newFOUserAgent();
            requirePdfA2b(userAgent);
            userAgent.getEventBroadcaster().addEventListener(new StrictEventListener());
            Fop fop = newFop(userAgent, pdf);
            Transformer transformer = stylesheet.newTransformer();
            transformer.setURIResolver(NO_DOCUMENTS);
            transformer.transform(data, new SAXResult(fop.getDefaultHandler()));
        } catch (FOPException | TransformerException e) {
            throw new IllegalStateException("Typesetting failed", e);
        }
        return pdf.toByteArray();
    }

    // A new Fop reads the renderer configuration, a DOM the factory shares, and DOM node lists are not
    // thread-safe: concurrent renders failed with a NullPointerException inside Xerces. Creating the Fop
    // is quick; the rendering itself still runs in parallel.
    private synchronized Fop newFop(FOUserAgent userAgent, OutputStream pdf) throws FOPException {
        return fopFactory.newFop(MimeConstants.MIME_PDF, userAgent, pdf);
    }

    @SuppressWarnings("unchecked") // FOP hands out its renderer options as a raw Map
    private static void requirePdfA2b(FOUserAgent userAgent) {
        userAgent.getRendererOptions().put("pdf-a-mode", "PDF/A-2b");
    }

    private static FopFactory fopFactory(ClassLoader classLoader) {
        try (InputStream configuration = classLoader.getResourceAsStream(CONFIGURATION)) {
            if (configuration == null) {
                throw new IllegalStateException("Missing " + CONFIGURATION);
            }
            return new FopConfParser(configuration, ClasspathFontResolver.BASE,
                    new ClasspathFontResolver(classLoader)).getFopFactoryBuilder().build();
        } catch (IOException | SAXException e) {
            throw new IllegalStateException("Cannot configure FOP from " + CONFIGURATION, e);
        }
    }

    private static TransformerFactory transformerFactory(URIResolver stylesheets) {
        // The JDK's own XSLTC, whatever else the server puts on the classpath: these settings are known to hold there.
        TransformerFactory factory = TransformerFactory.newDefaultInstance();
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (TransformerConfigurationException e) {
            throw new IllegalStateException("Cannot secure the XSLT processor", e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        factory.setURIResolver(stylesheets);
        return factory;
    }
}
