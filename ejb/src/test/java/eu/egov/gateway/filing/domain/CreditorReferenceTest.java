package eu.egov.gateway.filing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditorReferenceTest {

    @Test
    void theCheckDigitsAreThoseOfTheStandardsExample() {
        assertThat(CreditorReference.of("539007547034").value()).isEqualTo("RF18539007547034");
        assertThat(CreditorReference.of("539007547034").printed()).isEqualTo("RF18 5390 0754 7034");
    }

    @Test
    void aFilingsReferenceBecomesItsCreditorReferenceWithoutTheDashes() {
        assertThat(CreditorReference.of("FIL-2026-7K3M-9QXD").value()).isEqualTo("RF76FIL20267K3M9QXD");
    }

    @ParameterizedTest
    @ValueSource(strings = {"RF18 5390 0754 7034", "rf18539007547034", "RF712348231", "RF45G72UUR", "RF18000000000539007547034"})
    void referencesAsPayersWriteThemAreRead(String written) {
        assertThat(CreditorReference.parse(written)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"RF19539007547034", "RF18539007547043", "RF18", "RF185390075470341234567890", "DE18539007547034",
            "RF18-5390", "FIL-2026-7K3M-9QXD", ""})
    void aMistypedCharacterOrAnotherKindOfReferenceIsNoCreditorReference(String written) {
        assertThat(CreditorReference.parse(written)).isEmpty();
    }

    @Test
    void aReferenceIsOnlyMadeOfValidParts() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CreditorReference("RF00539007547034"));
    }
}
