package eu.egov.gateway.documents.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FileNotFoundException;
import java.io.InputStream;
import java.net.URI;

import org.apache.xmlgraphics.io.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClasspathFontResolverTest {

    private final ClasspathFontResolver resolver = new ClasspathFontResolver(getClass().getClassLoader());

    @Test
    void servesOurFonts() throws Exception {
        try (Resource font = resolver.getResource(ClasspathFontResolver.BASE.resolve("fonts/DejaVuSans-Bold.ttf"));
                InputStream expected = getClass().getResourceAsStream("/documents/fonts/DejaVuSans-Bold.ttf")) {
            assertThat(font).hasSameContentAs(expected);
        }
    }

    @Test
    void servesAFontWholeEachTimeItIsAskedFor() throws Exception {
        URI regular = ClasspathFontResolver.BASE.resolve("fonts/DejaVuSans.ttf");
        try (Resource first = resolver.getResource(regular)) {
            first.readAllBytes();
        }
        try (Resource again = resolver.getResource(regular);
                InputStream expected = getClass().getResourceAsStream("/documents/fonts/DejaVuSans.ttf")) {
            assertThat(again).hasSameContentAs(expected);
        }
    }

    @Test
    void aFontWeDoNotShipIsNotFound() {
        assertThatThrownBy(() -> resolver.getResource(ClasspathFontResolver.BASE.resolve("fonts/Missing.ttf")))
                .isInstanceOf(FileNotFoundException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/font.ttf", "https://example.org/DejaVuSans.ttf",
            "file:///usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "jar:file:/tmp/x.jar!/documents/fonts/x.ttf",
            "ftp://127.0.0.1/DejaVuSans.ttf", "file:/classpath/documents/fop.xconf",
            "file:/classpath/documents/receipt.xsl", "file:/classpath/documents/fonts/../messages.properties",
            "file:/classpath/documents/fonts/%2e%2e/x.ttf", "file:/classpath/documents/fonts/sub/x.ttf",
            "file:/classpath/META-INF/MANIFEST.MF", "file:/documents/fonts/DejaVuSans.ttf", "DejaVuSans.ttf",
            "data:text/plain;base64,eA==", "file:/classpath/documents/fonts/DejaVuSans.ttf?x",
            "file://host/classpath/documents/fonts/DejaVuSans.ttf", "classpath:/documents/fonts/DejaVuSans.ttf"})
    void refusesEverythingElse(String uri) {
        assertThatThrownBy(() -> resolver.getResource(URI.create(uri)))
                .isInstanceOf(ClasspathFontResolver.RefusedResourceException.class);
    }

    @Test
    void refusesToWrite() {
        assertThatThrownBy(() -> resolver.getOutputStream(URI.create("file:///tmp/fop-output")))
                .isInstanceOf(ClasspathFontResolver.RefusedResourceException.class);
    }
}
