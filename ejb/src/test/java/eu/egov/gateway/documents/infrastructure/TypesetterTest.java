package eu.egov.gateway.documents.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;
import javax.xml.transform.Templates;
import javax.xml.transform.stream.StreamSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

/**
 * Neither a stylesheet nor the FO it produces can make a render read a file or call the network: a loopback server
 * counts every request, and a readable local image proves a refusal is not a mere "not found".
 */
class TypesetterTest {

    private static final String COPY = """
            <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
              <xsl:template match="@*|node()">
                <xsl:copy><xsl:apply-templates select="@*|node()"/></xsl:copy>
              </xsl:template>
            </xsl:stylesheet>""";

    private static final AtomicInteger REQUESTS = new AtomicInteger();

    private static Typesetter typesetter;
    private static Templates copy;
    private static HttpServer server;
    private static byte[] png;

    @TempDir
    static Path folder;

    @BeforeAll
    static void setUp() throws IOException {
        typesetter = new Typesetter();
        copy = typesetter.compile(source(COPY));
        png = png();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            REQUESTS.incrementAndGet();
            exchange.sendResponseHeaders(200, png.length);
            exchange.getResponseBody().write(png);
            exchange.close();
        });
        server.start();
    }

    @AfterAll
    static void stopServer() {
        server.stop(0);
    }

    @Test
    void typesetsWithTheEmbeddedFonts() {
        String text = "<fo:block>Größe <fo:inline font-weight='bold'>Größe</fo:inline></fo:block>";

        assertThat(new String(typesetter.typeset(copy, source(fo(text))), StandardCharsets.ISO_8859_1))
                .startsWith("%PDF-");
    }

    @Test
    void anFoDocumentCannotFetchAnImageFromTheNetwork() {
        assertThatThrownBy(() -> typesetter.typeset(copy, source(fo(image(url("/logo.png"))))))
                .isInstanceOf(IllegalStateException.class);
        assertThat(REQUESTS.get()).isZero();
    }

    @Test
    void anFoDocumentCannotReadALocalFile() throws IOException {
        Path logo = Files.write(folder.resolve("logo.png"), png);

        assertThatThrownBy(() -> typesetter.typeset(copy, source(fo(image(logo.toUri().toString())))))
                .isInstanceOf(IllegalStateException.class)
                .hasStackTraceContaining(logo.toUri().toString());
    }

    @Test
    void anFoDocumentCannotUseAnotherFont() {
        // DejaVu Serif is installed on most servers: FOP must not find it, and the non-embedded fallback that it
        // takes instead is refused by PDF/A.
        String otherFont = "<fo:block font-family='DejaVu Serif'>Größe</fo:block>";

        assertThatThrownBy(() -> typesetter.typeset(copy, source(fo(otherFont))))
                .hasStackTraceContaining("embedded");
    }

    @Test
    void aStylesheetCannotLoadADocument() throws IOException {
        Path file = Files.writeString(folder.resolve("secret.xml"), "<secret>42</secret>");
        for (String uri : new String[] {url("/data.xml"), file.toUri().toString()}) {
            String stylesheet = """
                    <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
                      <xsl:template match="/">
                        <xsl:copy-of select="document('%s')"/>
                      </xsl:template>
                    </xsl:stylesheet>""".formatted(uri);
            Templates templates = typesetter.compile(source(stylesheet));

            assertThatThrownBy(() -> typesetter.typeset(templates, source(fo(""))))
                    .isInstanceOf(IllegalStateException.class);
        }
        assertThat(REQUESTS.get()).isZero();
    }

    @Test
    void aStylesheetCanIncludeOnlyOurStylesheets() throws IOException {
        Path file = Files.writeString(folder.resolve("evil.xsl"), COPY);
        for (String uri : new String[] {url("/evil.xsl"), file.toUri().toString(), "../x.xsl"}) {
            String stylesheet = """
                    <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
                      <xsl:include href="%s"/>
                    </xsl:stylesheet>""".formatted(uri);

            assertThatThrownBy(() -> typesetter.compile(source(stylesheet))).isInstanceOf(IllegalStateException.class);
        }
        assertThat(REQUESTS.get()).isZero();
        assertThat(typesetter.stylesheet("receipt.xsl")).isNotNull();
    }

    @Test
    void aStylesheetCannotReadAnExternalDtd() {
        String stylesheet = """
                <!DOCTYPE xsl:stylesheet SYSTEM "%s">
                <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"/>"""
                .formatted(url("/evil.dtd"));

        assertThatThrownBy(() -> typesetter.compile(source(stylesheet))).isInstanceOf(IllegalStateException.class);
        assertThat(REQUESTS.get()).isZero();
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static String image(String uri) {
        return "<fo:block><fo:external-graphic src=\"url('" + uri + "')\"/></fo:block>";
    }

    private static StreamSource source(String xml) {
        return new StreamSource(new StringReader(xml));
    }

    private static String fo(String content) {
        return """
                <fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format" font-family="DejaVu Sans">
                  <fo:layout-master-set>
                    <fo:simple-page-master master-name="A4" page-width="210mm" page-height="297mm" margin="20mm">
                      <fo:region-body/>
                    </fo:simple-page-master>
                  </fo:layout-master-set>
                  <fo:page-sequence master-reference="A4">
                    <fo:flow flow-name="xsl-region-body"><fo:block>x</fo:block>%s</fo:flow>
                  </fo:page-sequence>
                </fo:root>""".formatted(content);
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), "png", bytes);
        return bytes.toByteArray();
    }
}
