package eu.egov.gateway.shared.domain;

/**
 * One thing wrong with one field: the JSON Pointer of the field (RFC 6901, relative to the request
 * body or the form data), its label and the message, all already in the caller's language; for a
 * form's field, also the legal basis of the rule and why the authority asks, where the form says.
 */
public record FieldViolation(String pointer, String label, String message, String legalBasis, String why) {

    public FieldViolation(String pointer, String label, String message) {
        this(pointer, label, message, null, null);
    }
}
