package eu.egov.gateway.filing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VerificationCodeTest {

    private static final String SHA256 = "00443214c74254b635cf84653a56d7c675be77df3d0f1e6b1c8e2e07c8d7e2a5";

    @Test
    void isTheFirst80BitsOfTheHashInCrockfordBase32() {
        // 0x0044 3214 c742 54b6 35cf → 00000 00001 00010 00011 00100 00101 00110 00111 …
        assertThat(VerificationCode.of(SHA256)).isEqualTo("0123-4567-89AB-CDEF");
    }

    @Test
    void acceptsWhatAPersonTypes() {
        assertThat(VerificationCode.normalise("o123 4567-89ab-cdef")).isEqualTo("0123-4567-89AB-CDEF");
        assertThat(VerificationCode.normalise("0l2345678")).isEqualTo("012345678");
    }
}
