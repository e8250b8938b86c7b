package eu.egov.gateway.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ContentDispositionTest {

    @Test
    void readsTheExtendedUtf8Name() {
        assertThat(ContentDisposition.fileName("attachment; filename*=UTF-8''statuts%20modifi%C3%A9s.pdf"))
                .isEqualTo("statuts modifiés.pdf");
    }

    @Test
    void readsAPlainNameSentAsUtf8Bytes() {
        String asReceived = new String("statuts-modifiés.pdf".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);

        assertThat(ContentDisposition.fileName("attachment; filename=\"" + asReceived + "\"")).isEqualTo("statuts-modifiés.pdf");
    }

    @Test
    void keepsAPlainLatin1Name() {
        assertThat(ContentDisposition.fileName("attachment; filename=\"r\u00e9sum\u00e9.pdf\"")).isEqualTo("résumé.pdf");
    }

    @Test
    void hasNoNameWithoutTheHeader() {
        assertThat(ContentDisposition.fileName(null)).isNull();
        assertThat(ContentDisposition.fileName("inline")).isNull();
    }
}
