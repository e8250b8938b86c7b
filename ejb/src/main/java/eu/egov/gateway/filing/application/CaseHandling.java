package eu.egov.gateway.filing.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import eu.egov.gateway.audit.application.AuditLog;
import eu.egov.gateway.filing.domain.CaseEvent;
import eu.egov.gateway.filing.domain.CaseNote;
import eu.egov.gateway.filing.domain.Filing;
import eu.egov.gateway.filing.domain.FilingRepository;
import eu.egov.gateway.filing.domain.Outcome;
import eu.egov.gateway.filing.domain.QueueView;
import eu.egov.gateway.identity.domain.Caller;
import eu.egov.gateway.identity.domain.IdentityRepository;
import eu.egov.gateway.identity.domain.Organisation;
import eu.egov.gateway.identity.domain.Role;
import eu.egov.gateway.identity.domain.UserAccount;
import eu.egov.gateway.notification.domain.NoticeKind;
import eu.egov.gateway.shared.domain.Page;
import eu.egov.gateway.shared.domain.Rejection;
import eu.egov.gateway.shared.infrastructure.SchemaCheck;
import eu.egov.gateway.workflow.application.FilingWorkflow;

/**
 * A clerk's desk: the authority's queue in its views (waiting, unassigned, mine, due soon, overdue),
 * taking up a case or giving it to a colleague with a reason, private notes, the case's history, and
 * the decision.
 */
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

    @Inject
    private ApplicantNotices applicants;

    /** One view of the authority's open cases, the nearest legal deadline first. */
    public List<CaseSummary> queue(Caller caller, QueueView view, Optional<String> afterReference, int offset,
                                   int limit) {
        caller.require(Role.CLERK);
        Filing after = afterReference.map(reference -> queued(caller, reference)).orElse(null);
        Instant now = Instant.now();
        return filings.queue(caller.organisationId(), view, caller.userId(), now, now.plus(Filing.DUE_SOON), after,
                        Page.offset(offset), Page.limit(limit)).stream()
                .map(filing -> summary(filing, caller, now))
                .toList();
    }

    /** A case with a place in the queue's order; one waiting for its fee has none yet. */
    private Filing queued(Caller caller, String reference) {
        Filing filing = access.caseOf(caller, reference);
        if (filing.decisionDue() == null) {
            throw Rejection.notFound();
        }
        return filing;
    }

    public FilingView view(Caller caller, String reference) {
        return views.of(access.caseOf(caller, reference), caller.language());
    }

    public FilingView claim(Caller caller, String reference) {
        Filing filing = access.caseOf(caller, reference);
        workflow.claim(reference, caller.organisationId(), caller.userId());
        Instant now = Instant.now();
        filing.assign(caller.userId(), now);
        filings.add(new CaseEvent(filing, CaseEvent.Kind.CLAIMED, caller.userId(), caller.userId(), null, now));
        audit.record(caller.username(), "case.claimed", filing.id(), reference);
        return views.of(filing, caller.language());
    }

    /**
     * Gives the case to a clerk of the authority (the caller or a colleague). Taking a case from the clerk who
     * holds it needs a reason, which the history keeps.
     */
    public FilingView assign(Caller caller, String reference, String assigneeUsername, String reason) {
        Filing filing = access.caseOf(caller, reference);
        UserAccount assignee = identities.userByUsername(assigneeUsername == null ? "" : assigneeUsername)
                .filter(user -> identities.members(caller.organisationId(), Role.CLERK).stream()
                        .anyMatch(clerk -> clerk.id().equals(user.id())))
                .orElseThrow(() -> refused("assignee", "assignee.clerk", caller));
        boolean takenFromSomeone = filing.assignee() != null && !filing.assignee().equals(assignee.id());
        String why = reason == null ? "" : reason.strip();
        if ((takenFromSomeone && why.isEmpty()) || why.length() > MAX_REASON) {
            throw refused("reason", "reason.required", caller);
        }
        workflow.assign(reference, caller.organisationId(), assignee.id());
        Instant now = Instant.now();
        filing.assign(assignee.id(), now);
        filings.add(new CaseEvent(filing, CaseEvent.Kind.ASSIGNED, caller.userId(), assignee.id(),
                why.isEmpty() ? null : why, now));
        audit.record(caller.username(), "case.assigned", filing.id(), reference + " " + assignee.username());
        return views.of(filing, caller.language());
    }

    /** Records the decision and completes the review; the process then issues the signed decision. */
    public FilingView decide(Caller caller, String reference, Outcome outcome, String reason) {
        Filing filing = access.caseOf(caller, reference);
        if (outcome == Outcome.TACITLY_APPROVED) {
            throw refused("outcome", "enum", caller);
        }
        String why = requiredText(reason, MAX_REASON, "reason", "reason.required", caller);
        Instant now = Instant.now();
        filing.decide(outcome, why, caller.userId(), now);
        workflow.decide(reference, caller.organisationId(), caller.userId(), outcome.name());
        filings.add(new CaseEvent(filing, CaseEvent.Kind.DECIDED, caller.userId(), null, outcome.name(), now));
        audit.record(caller.username(), "case.decided", filing.id(), reference + " " + outcome);
        return views.of(filing, caller.language());
    }

    /**
     * Asks the firm for what is missing: the legal clock stands still until the firm completes its filing, and
     * the case closes as withdrawn if nothing comes by the form's completion time.
     */
    public FilingView requestCompletion(Caller caller, String reference, String missing) {
        Filing filing = access.caseOf(caller, reference);
        String what = requiredText(missing, MAX_REASON, "missing", "text.required", caller);
        Instant now = Instant.now();
        filing.requestCompletion(caller.userId(), what, now);
        workflow.requestCompletion(reference, caller.organisationId(), caller.userId(), filing.completionDue());
        filings.add(new CaseEvent(filing, CaseEvent.Kind.COMPLETION_REQUESTED, caller.userId(), null, what, now));
        applicants.tell(filing, "/filing.html?id=" + filing.id(), NoticeKind.COMPLETION_REQUESTED,
                reference, filing.form().definition().titles(),
                what, filing.completionDue());
        audit.record(caller.username(), "case.completion-requested", filing.id(), reference);
        return views.of(filing, caller.language());
    }

    /** The authority's clerks, whom a case can be given to. */
    public List<Clerk> clerks(Caller caller) {
        caller.require(Role.CLERK);
        return identities.members(caller.organisationId(), Role.CLERK).stream()
                .map(user -> new Clerk(user.username(), user.displayName()))
                .toList();
    }

    public record Clerk(String username, String displayName) {
    }

    /** A private note: for the authority's clerks only. */
    public List<CaseNoteView> addNote(Caller caller, String reference, String text) {
        Filing filing = access.caseOf(caller, reference);
        String note = requiredText(text, CaseNote.MAX_LENGTH, "text", "text.required", caller);
        filings.add(new CaseNote(filing, caller.userId(), note, Instant.now()));
        audit.record(caller.username(), "case.note-added", filing.id(), reference);
        return notes(caller, reference);
    }

    public List<CaseNoteView> notes(Caller caller, String reference) {
        Filing filing = access.caseOf(caller, reference);
        return filings.notes(filing.id()).stream()
                .map(note -> new CaseNoteView(name(note.authorId()), note.text(), note.writtenAt()))
                .toList();
    }

    /** The whole history, assignments and their reasons included, for the authority. */
    public List<CaseEventView> history(Caller caller, String reference) {
        Filing filing = access.caseOf(caller, reference);
        return filings.history(filing.id(), true).stream()
                .map(event -> new CaseEventView(event.kind().name(), event.at(), name(event.actorId()),
                        name(event.assigneeId()), event.reason()))
                .toList();
    }

    private String name(String userId) {
        return userId == null ? null : identities.user(userId).map(UserAccount::displayName).orElse("");
    }

    private CaseSummary summary(Filing filing, Caller caller, Instant now) {
        return new CaseSummary(filing.reference(), filing.id(), filing.form().definition().title(caller.language()),
                identities.organisation(filing.organisationId()).map(Organisation::name).orElse(""),
                filing.submittedAt(), filing.status().name(),
                caller.userId().equals(filing.assignee()), filing.assignee() != null, name(filing.assignee()),
                filing.decisionDue(), CaseSummary.deadline(filing.decisionDue(), now));
    }

    /** A private note as the clerks read it. */
    public record CaseNoteView(String author, String text, Instant writtenAt) {
    }

    /** A step of the case's history; actor and assignee by name. */
    public record CaseEventView(String kind, Instant at, String actor, String assignee, String reason) {
    }

    /** Text a clerk must write (a reason, what is missing, a note): present, and not longer than it may be. */
    private static String requiredText(String text, int maxLength, String member, String wording, Caller caller) {
        if (text == null || text.isBlank() || text.length() > maxLength) {
            throw refused(member, wording, caller, maxLength);
        }
        return text.strip();
    }

    /** A refusal of one member of the request, worded in the caller's language. */
    private static Rejection refused(String member, String wording, Caller caller, Object... arguments) {
        return Rejection.invalid(member, SchemaCheck.wording(wording, caller.language(), arguments));
    }
}
