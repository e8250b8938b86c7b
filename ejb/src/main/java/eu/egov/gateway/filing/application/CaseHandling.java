package eu.egov.gateway.filing.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import eu.egov.gateway.audit.application.AuditLog;
import eu.egov.gateway.filing.domain.Filing;
import eu.egov.gateway.filing.domain.FilingRepository;
import eu.egov.gateway.filing.domain.Outcome;
import eu.egov.gateway.identity.domain.Caller;
import eu.egov.gateway.identity.domain.IdentityRepository;
import eu.egov.gateway.identity.domain.Organisation;
import eu.egov.gateway.identity.domain.Role;
import eu.egov.gateway.shared.domain.FieldViolation;
import eu.egov.gateway.shared.domain.Page;
import eu.egov.gateway.shared.domain.ProblemType;
import eu.egov.gateway.shared.domain.Rejection;
import eu.egov.gateway.shared.infrastructure.SchemaCheck;
import eu.egov.gateway.workflow.application.CaseTask;
import eu.egov.gateway.workflow.application.FilingWorkflow;

/** A clerk's desk: the authority's queue, claiming a case, deciding it. */
@Stateless
public class CaseHandling {

    private static final int MAX_REASON = 4000;

    @Inject
    private FilingRepository filings;

    @Inject
    private IdentityRepository identities;

    @Inject
    private FilingAccess access;

    @Inject
    private FilingViews views;

    @Inject
    private FilingWorkflow workflow;

    @Inject
    private AuditLog audit;

    /** Cases waiting in the clerk's authority's queue: unclaimed ones and the clerk's own. */
    public List<CaseSummary> queue(Caller caller, int offset, int limit) {
        caller.require(Role.CLERK);
        List<CaseTask> tasks = workflow.queue(caller.organisationId(), caller.userId(), Page.offset(offset),
                Page.limit(limit));
        Map<String, Filing> byReference = filings.filingsByReference(tasks.stream().map(CaseTask::reference).toList())
                .stream().collect(Collectors.toMap(Filing::reference, Function.identity()));
        return tasks.stream()
                .filter(task -> byReference.containsKey(task.reference()))
                .map(task -> summary(byReference.get(task.reference()), task, caller))
                .toList();
    }

    public FilingView view(Caller caller, String reference) {
        return views.of(access.caseOf(caller, reference), caller.language());
    }

    public FilingView claim(Caller caller, String reference) {
        Filing filing = access.caseOf(caller, reference);
        workflow.claim(reference, caller.organisationId(), caller.userId());
        filing.claim(caller.userId(), Instant.now());
        audit.record(caller.username(), "case.claimed", filing.id(), reference);
        return views.of(filing, caller.language());
    }

    /** Records the decision and completes the review; the process then issues the signed decision. */
    public FilingView decide(Caller caller, String reference, Outcome outcome, String reason) {
        Filing filing = access.caseOf(caller, reference);
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
            throw new Rejection(ProblemType.VALIDATION_FAILED,
                    List.of(new FieldViolation("/reason", "reason", SchemaCheck.wording("reason.required", caller.language()))));
        }
        filing.decide(outcome, reason.strip(), caller.userId(), Instant.now());
        workflow.decide(reference, caller.organisationId(), caller.userId(), outcome.name());
        audit.record(caller.username(), "case.decided", filing.id(), reference + " " + outcome);
        return views.of(filing, caller.language());
    }

    private CaseSummary summary(Filing filing, CaseTask task, Caller caller) {
        return new CaseSummary(filing.reference(), filing.id(), filing.form().definition().title(caller.language()),
                identities.organisation(filing.organisationId()).map(Organisation::name).orElse(""),
                filing.submittedAt(), filing.status().name(),
                caller.userId().equals(task.assignee()), task.assignee() != null);
    }
}
