package eu.egov.gateway.documents.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.xml.transform.TransformerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StylesheetResolverTest {

    private final StylesheetResolver resolver = new StylesheetResolver(getClass().getClassLoader());

    @Test
    void opensOurStylesheetsAndWhatTheyInclude() throws TransformerException {
        assertThat(resolver.open("receipt.xsl").getSystemId()).isEqualTo("classpath:/documents/receipt.xsl");
        assertThat(resolver.resolve("common.xsl", "classpath:/documents/receipt.xsl").getSystemId())
                .isEqualTo("classpath:/documents/common.xsl");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/x.xsl", "file:///etc/x.xsl", "../x.xsl", "fonts/x.xsl",
            "fop.xconf", "missing.xsl", "common.xsl?x", "common.xsl#x", "%2e%2e/x.xsl", "::"})
    void refusesEverythingElse(String href) {
        assertThatThrownBy(() -> resolver.resolve(href, "classpath:/documents/receipt.xsl"))
                .isInstanceOf(TransformerException.class);
    }
}
