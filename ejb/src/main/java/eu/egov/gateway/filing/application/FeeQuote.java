package eu.egov.gateway.filing.application;

import java.math.BigDecimal;

/** The fee "check my file" announces: what submitting the data as it stands would cost. */
public record FeeQuote(BigDecimal amount, String currency) {
}
