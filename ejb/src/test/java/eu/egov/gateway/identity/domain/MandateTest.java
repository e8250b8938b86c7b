package eu.egov.gateway.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.Test;

import eu.egov.gateway.shared.domain.ProblemType;
import eu.egov.gateway.shared.domain.Rejection;

class MandateTest {

    private static final Instant FROM = Instant.parse("2026-12-01T00:00:00Z");
    private static final Instant UNTIL = Instant.parse("2027-12-01T00:00:00Z");
    private static final Instant GRANTED = FROM.minus(Duration.ofDays(3));

    private final Mandate everyForm = mandate(List.of());

    @Test
    void itCoversEveryFormFromItsStartUntilJustBeforeItsEnd() {
        assertThat(everyForm.state(FROM)).isEqualTo(Mandate.State.ACTIVE);
        everyForm.requireCovers("terrace-permit", FROM);
        everyForm.requireCovers("tourist-tax-declaration", UNTIL.minusSeconds(1));
        assertThat(everyForm.state(UNTIL)).isEqualTo(Mandate.State.EXPIRED);
    }

    @Test
    void beforeItStartsItIsNotYetValid() {
        assertThat(everyForm.state(GRANTED)).isEqualTo(Mandate.State.PENDING);
        assertRejected(() -> everyForm.requireCovers("terrace-permit", FROM.minusSeconds(1)),
                ProblemType.MANDATE_NOT_YET_VALID);
    }

    @Test
    void atItsEndItHasEndedAndSaysWhen() {
        assertThatThrownBy(() -> everyForm.requireCovers("terrace-permit", UNTIL))
                .isInstanceOfSatisfying(Rejection.class, rejection -> {
                    assertThat(rejection.type()).isEqualTo(ProblemType.MANDATE_ENDED);
                    assertThat(rejection.arguments()).containsExactly("MND-2026-AAAA-BBBB", UNTIL);
                });
    }

    @Test
    void aMandateForNamedFormsCoversOnlyThose() {
        Mandate terraces = mandate(List.of("terrace-permit"));

        terraces.requireCovers("terrace-permit", FROM);
        assertRejected(() -> terraces.requireCovers("business-activity-change", FROM), ProblemType.MANDATE_OUT_OF_SCOPE);
        assertThat(terraces.formCodes()).containsExactly("terrace-permit");
        assertThat(everyForm.formCodes()).isEmpty();
    }

    @Test
    void revokedItEndsAtOnceAndCannotBeRevokedAgain() {
        Instant revoked = FROM.plus(Duration.ofDays(10));
        everyForm.revoke("principal-user", revoked);

        assertThat(everyForm.state(revoked)).isEqualTo(Mandate.State.REVOKED);
        assertThat(everyForm.end()).isEqualTo(revoked);
        assertRejected(() -> everyForm.requireCovers("terrace-permit", revoked), ProblemType.MANDATE_ENDED);
        assertRejected(() -> everyForm.revoke("principal-user", revoked.plusSeconds(1)), ProblemType.MANDATE_ENDED);
    }

    @Test
    void aMandateNotYetStartedMayBeRevokedButOneExpiredMayNot() {
        Mandate pending = mandate(List.of());
        pending.revoke("principal-user", GRANTED);
        assertThat(pending.state(FROM)).isEqualTo(Mandate.State.REVOKED);

        assertRejected(() -> everyForm.revoke("principal-user", UNTIL), ProblemType.MANDATE_ENDED);
        assertThat(everyForm.revokedAt()).isNull();
    }

    private static Mandate mandate(List<String> forms) {
        return new Mandate("MND-2026-AAAA-BBBB", "principal", "agent", forms, FROM, UNTIL, "principal-user", GRANTED);
    }

    private static void assertRejected(ThrowableAssert.ThrowingCallable call, ProblemType type) {
        assertThatThrownBy(call).isInstanceOfSatisfying(Rejection.class, r -> assertThat(r.type()).isEqualTo(type));
    }
}
