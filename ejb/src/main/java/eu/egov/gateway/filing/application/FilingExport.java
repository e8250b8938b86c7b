package eu.egov.gateway.filing.application;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import eu.egov.gateway.filing.domain.Filing;
import eu.egov.gateway.filing.domain.FilingRepository;
import eu.egov.gateway.identity.domain.Caller;
import eu.egov.gateway.identity.domain.IdentityRepository;
import eu.egov.gateway.identity.domain.Organisation;
import eu.egov.gateway.identity.domain.Role;

/**
 * An authority's filings for its back-office, page by page in the order of submission, so that an export of
 * any length is streamed out and never held whole, each page read in a transaction of its own. Only the
 * caller's authority's filings, and only submitted ones: drafts are the firms' own.
 */
@Stateless
public class FilingExport {

    /** How many lines one page of an export holds. */
    public static final int PAGE = 500;

    @Inject
    private FilingRepository filings;

    @Inject
    private IdentityRepository identities;

    /** The period of the query's dates (YYYY-MM-DD, either may be empty), for a clerk or an administrator. */
    public ExportPeriod period(Caller caller, String from, String to) {
        requireExporter(caller);
        return ExportPeriod.of(from, to, caller.language());
    }

    /** The page after the given line (none for the first page). */
    public List<ExportedFiling> page(Caller caller, ExportPeriod period, ExportedFiling after) {
        requireExporter(caller);
        Instant afterTime = after == null ? period.from() : after.submittedAt();
        String afterReference = after == null ? "" : after.reference();
        Map<String, Optional<Organisation>> firms = new HashMap<>();
        return filings.submittedTo(caller.organisationId(), period.from(), period.until(), afterTime, afterReference, PAGE)
                .stream()
                .map(filing -> line(filing, id -> firms.computeIfAbsent(id, identities::organisation)))
                .toList();
    }

    private static void requireExporter(Caller caller) {
        if (!caller.has(Role.ADMIN)) {
            caller.require(Role.CLERK);
        }
    }

    private static ExportedFiling line(Filing filing, Function<String, Optional<Organisation>> organisation) {
        Optional<Organisation> firm = organisation.apply(filing.organisationId());
        String intermediary = filing.isRepresented()
                ? organisation.apply(filing.agentId()).map(Organisation::name).orElse("") : null;
        return new ExportedFiling(filing.reference(), filing.form().code(), filing.form().version(),
                firm.map(Organisation::name).orElse(""), firm.map(Organisation::country).orElse(""),
                firm.map(Organisation::registrationNumber).orElse(""), filing.status().name(), filing.submittedAt(),
                filing.decidedAt(), filing.outcome() == null ? null : filing.outcome().name(), intermediary,
                filing.mandateReference());
    }
}
