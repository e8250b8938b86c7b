package eu.egov.gateway.trust.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void aHashMatchesItsPasswordOnly() {
        String hash = hasher.hash("correct horse battery staple".toCharArray());

        assertThat(hasher.matches("correct horse battery staple".toCharArray(), hash)).isTrue();
        assertThat(hasher.matches("correct horse battery stapler".toCharArray(), hash)).isFalse();
        assertThat(hasher.matches(new char[0], hash)).isFalse();
    }

    @Test
    void hashesWithOwaspCostInPhcFormat() {
        assertThat(hasher.hash("secret".toCharArray()))
                .matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
    }

    @Test
    void saltsEveryHash() {
        assertThat(hasher.hash("secret".toCharArray())).isNotEqualTo(hasher.hash("secret".toCharArray()));
    }

    /** Made with the reference implementation: echo -n '...' | argon2 gateway-salt-16b -id -t 2 -k|-m ... -p 1 -l 32 -e */
    @Test
    void matchesHashesOfTheReferenceImplementation() {
        assertThat(hasher.matches("Grüße, Jürgen".toCharArray(),
                "$argon2id$v=19$m=19456,t=2,p=1$Z2F0ZXdheS1zYWx0LTE2Yg$eiQrrsPVHK86IhroBsZux5AxiHaCJzgR391vdsuhSB8")).isTrue();
        assertThat(hasher.matches("correct horse battery staple".toCharArray(),
                "$argon2id$v=19$m=4096,t=2,p=1$Z2F0ZXdheS1zYWx0LTE2Yg$khAMmnhI17xY9DsNIruT2ZWRZj4TdPzAEMaL8+Xup+U")).isTrue();
    }

    @Test
    void refusesWhatIsNotAnArgon2idHash() {
        assertThatThrownBy(() -> hasher.matches("secret".toCharArray(), "$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> hasher.matches("secret".toCharArray(), "$argon2i$v=19$m=4096,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
