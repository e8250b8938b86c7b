package eu.egov.gateway.filing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class FeeTest {

    private static final Instant SUBMITTED = Instant.parse("2026-11-27T10:00:00Z");
    private static final LocalDate IN_TIME = LocalDate.parse("2026-12-04");
    private static final String DEFINITION = """
            {"code": "f", "version": 1, "title": {"en": "F"}, "fee": {"decision": "d", "paymentTime": "P7D"},
             "schema": {}, "ui": {"fields": []}, "attachments": []}""";

    private final Filing filing = submitted();
    private final Fee fee = new Fee(filing, new BigDecimal("182.00"), SUBMITTED);

    @Test
    void theFeeIsPayableUnderTheFilingsCreditorReferenceUntilItsLastDay() {
        assertThat(fee.creditorReference()).isEqualTo(CreditorReference.of("FIL-2026-AAAA-BBBB"));
        assertThat(fee.dueOn()).isEqualTo(IN_TIME);
        assertThat(fee.isExpired(IN_TIME)).isFalse();
        assertThat(fee.isExpired(IN_TIME.plusDays(1))).isTrue();
    }

    @Test
    void theExactAmountPaysTheFee() {
        Fee.Crediting crediting = fee.credit(new BigDecimal("182.00"), "EUR", IN_TIME, SUBMITTED);

        assertThat(crediting.outcome()).isEqualTo(PaymentOutcome.PAID);
        assertThat(crediting.settled()).isTrue();
        assertThat(fee.status()).isEqualTo(FeeStatus.PAID);
    }

    @Test
    void partialPaymentsAddUpAndTheOneThatCompletesThemPaysTheFee() {
        assertThat(fee.credit(new BigDecimal("100"), "EUR", IN_TIME, SUBMITTED).outcome()).isEqualTo(PaymentOutcome.PARTIAL);
        assertThat(fee.status()).isEqualTo(FeeStatus.DUE);

        Fee.Crediting rest = fee.credit(new BigDecimal("90"), "EUR", IN_TIME, SUBMITTED);

        assertThat(rest.outcome()).isEqualTo(PaymentOutcome.OVERPAID);
        assertThat(rest.surplus()).isEqualByComparingTo("8.00");
        assertThat(rest.settled()).isTrue();
    }

    @Test
    void aPartialPaymentGivenBackNoLongerCountsTowardsTheFee() {
        fee.credit(new BigDecimal("100"), "EUR", IN_TIME, SUBMITTED);
        fee.refund(new BigDecimal("100"));

        assertThat(fee.credit(new BigDecimal("82"), "EUR", IN_TIME, SUBMITTED).outcome()).isEqualTo(PaymentOutcome.PARTIAL);
        assertThat(fee.status()).isEqualTo(FeeStatus.DUE);
        assertThat(fee.received()).isEqualByComparingTo("82.00");
    }

    @Test
    void aPaymentAfterTheFeeIsPaidIsAllSurplus() {
        fee.credit(new BigDecimal("182.00"), "EUR", IN_TIME, SUBMITTED);

        Fee.Crediting again = fee.credit(new BigDecimal("182.00"), "EUR", IN_TIME, SUBMITTED);

        assertThat(again.outcome()).isEqualTo(PaymentOutcome.OVERPAID);
        assertThat(again.surplus()).isEqualByComparingTo("182.00");
        assertThat(again.settled()).isFalse();
    }

    @Test
    void aPaymentBookedAfterTheLastDayOrInAnotherCurrencyPaysNothing() {
        assertThat(fee.credit(new BigDecimal("182.00"), "EUR", IN_TIME.plusDays(1), SUBMITTED).outcome())
                .isEqualTo(PaymentOutcome.EXPIRED);
        assertThat(fee.credit(new BigDecimal("182.00"), "CHF", IN_TIME, SUBMITTED).outcome())
                .isEqualTo(PaymentOutcome.UNMATCHED);
        assertThat(fee.received()).isEqualByComparingTo("0");
        assertThat(fee.status()).isEqualTo(FeeStatus.DUE);
    }

    @Test
    void aFilingWithAFeeWaitsForItAndItsLegalClockStartsWhenPaid() {
        assertThat(filing.status()).isEqualTo(FilingStatus.AWAITING_PAYMENT);
        assertThat(filing.decisionDue()).isNull();
        assertThat(filing.isOpen()).isFalse();

        Instant paid = SUBMITTED.plusSeconds(86_400 * 3);
        filing.feePaid(paid);

        assertThat(filing.status()).isEqualTo(FilingStatus.SUBMITTED);
        assertThat(filing.decisionDue()).isEqualTo(paid.plus(filing.form().definition().leadTime()));
    }

    private static Filing submitted() {
        Filing filing = new Filing(new Form("authority", DEFINITION), "firm", "user", null, "{}", SUBMITTED);
        filing.submit("FIL-2026-AAAA-BBBB", SUBMITTED, "user", Locale.ENGLISH, true);
        return filing;
    }
}
