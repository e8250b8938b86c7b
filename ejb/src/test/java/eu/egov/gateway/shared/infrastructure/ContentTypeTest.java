package eu.egov.gateway.shared.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ContentTypeTest {

    @Test
    void recognisesDocumentsByTheirFirstBytes() {
        assertThat(ContentType.detect("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).contains("application/pdf");
        assertThat(ContentType.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})).contains("image/png");
        assertThat(ContentType.detect(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0})).contains("image/jpeg");
    }

    @Test
    void recognisesNothingElseWhateverItClaims() {
        assertThat(ContentType.detect("<html>%PDF-".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(ContentType.detect("%PD".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(ContentType.detect(new byte[0])).isEmpty();
    }

}
