package eu.egov.gateway.filing.application;

/** A form in the catalogue, in the reader's language. */
public record FormSummary(String code, int version, String title, String description, String authority) {
}
