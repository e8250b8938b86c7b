package eu.egov.gateway.workflow.application;

import java.time.Instant;

/** A filing waiting for a clerk: the open review task of its process. */
public record CaseTask(String reference, String assignee, Instant since) {
}
