package eu.egov.gateway.procurement.application;

import java.time.Instant;

/** A question about a call for tenders and its answer, without who asked. */
public record QuestionView(String id, String question, Instant askedAt, String answer, Instant answeredAt) {
}
