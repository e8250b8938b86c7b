package eu.egov.gateway.shared.domain;

/**
 * One thing wrong with one field: the JSON Pointer of the field (RFC 6901, relative to the request
 * body or the form data), its label and the message, both already in the caller's language.
 */
public record FieldViolation(String pointer, String label, String message) {
}
