package eu.egov.gateway.trust.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.interfaces.ECPublicKey;

import org.junit.jupiter.api.Test;

import eu.egov.gateway.trust.domain.Argon2idCost;
import eu.egov.gateway.trust.domain.OpeningCredential;
import eu.egov.gateway.trust.domain.WrongPassphrase;
import eu.egov.gateway.trust.infrastructure.P256;
import eu.egov.gateway.trust.infrastructure.PassphraseLock;

class OpeningCredentialsTest {

    private final OpeningCredentials credentials = new OpeningCredentials();

    @Test
    void theCredentialUnlocksWithItsPassphraseOnly() {
        OpeningCredential credential = credentials.create("Olga öffnet um zwölf".toCharArray());

        KeyPair unlocked = PassphraseLock.unlock(credential, "Olga öffnet um zwölf".toCharArray(), "olga");

        assertThat(unlocked.getPublic().getEncoded()).isEqualTo(credential.publicKey());
        assertThatThrownBy(() -> PassphraseLock.unlock(credential, "Olga öffnet um zwolf".toCharArray(), "olga"))
                .isInstanceOfSatisfying(WrongPassphrase.class, refused -> assertThat(refused.memberId()).isEqualTo("olga"));
    }

    @Test
    void isAP256KeyWhosePrivateHalfIsEncryptedWithArgon2idAtOwaspCost() {
        OpeningCredential credential = credentials.create("passphrase".toCharArray());

        assertThat(((ECPublicKey) P256.publicKey(credential.publicKey())).getParams().getCurve().getField().getFieldSize()).isEqualTo(256);
        assertThat(credential.cost()).isEqualTo(Argon2idCost.OWASP);
        assertThat(credential.salt()).hasSize(16);
        assertThat(credential.nonce()).hasSize(12);
    }

    @Test
    void theSamePassphraseGivesUnrelatedCredentials() {
        OpeningCredential first = credentials.create("passphrase".toCharArray());
        OpeningCredential second = credentials.create("passphrase".toCharArray());

        assertThat(first.publicKey()).isNotEqualTo(second.publicKey());
        assertThat(first.salt()).isNotEqualTo(second.salt());
        assertThat(first.encryptedPrivateKey()).isNotEqualTo(second.encryptedPrivateKey());
    }

    /** The public key is authenticated with the encrypted private key: they cannot be paired differently. */
    @Test
    void anEncryptedPrivateKeyPairedWithAnotherPublicKeyDoesNotUnlock() {
        OpeningCredential olga = credentials.create("passphrase".toCharArray());
        OpeningCredential other = credentials.create("other".toCharArray());
        OpeningCredential swapped = new OpeningCredential(other.publicKey(), olga.encryptedPrivateKey(), olga.salt(), olga.nonce(), olga.cost());

        assertThatThrownBy(() -> PassphraseLock.unlock(swapped, "passphrase".toCharArray(), "olga")).isInstanceOf(WrongPassphrase.class);
    }
}
