package eu.egov.gateway.web.problem;

import java.util.List;

import eu.egov.gateway.shared.domain.FieldViolation;

/** An RFC 9457 problem, with the field-level violations and the incident number the gateway adds. */
public record Problem(String type, String title, int status, String detail, List<FieldViolation> violations,
                      String incident) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
