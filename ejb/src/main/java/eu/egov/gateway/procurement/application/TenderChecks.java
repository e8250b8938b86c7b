package eu.egov.gateway.procurement.application;

import static eu.egov.gateway.shared.domain.Jsonp.JSON;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import eu.egov.gateway.identity.domain.IdentityRepository;
import eu.egov.gateway.identity.domain.Membership;
import eu.egov.gateway.identity.domain.Role;
import eu.egov.gateway.procurement.domain.TenderDraft;
import eu.egov.gateway.procurement.domain.TenderRules;
import eu.egov.gateway.shared.domain.FieldViolation;
import eu.egov.gateway.shared.domain.ProblemType;
import eu.egov.gateway.shared.domain.Rejection;
import eu.egov.gateway.shared.infrastructure.SchemaCheck;

/**
 * Accepts a tender draft only when its JSON Schema and the rules across its fields hold, and says
 * otherwise field by field in the officer's language.
 */
@ApplicationScoped
class TenderChecks {

    private static final String SCHEMA = "procurement/tender-draft.schema.json";

    @Inject
    private CpvCatalogue cpv;

    @Inject
    private IdentityRepository identities;

    private SchemaCheck schema;

    @PostConstruct
    void compile() {
        try (InputStream in = TenderChecks.class.getClassLoader().getResourceAsStream(SCHEMA);
             JsonReader reader = JSON.createReader(in)) {
            schema = SchemaCheck.of(reader.readObject());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The draft, once it is acceptable from an authority at this moment. */
    TenderDraft accepted(JsonObject json, String authorityId, Locale language) {
        List<FieldViolation> shape = schema.violations(json, language, pointer -> pointer);
        if (!shape.isEmpty()) {
            throw new Rejection(ProblemType.VALIDATION_FAILED, shape);
        }
        TenderDraft draft = TenderDraft.of(json);
        List<FieldViolation> broken = TenderRules.check(draft, Instant.now(), cpv::exists,
                        username -> isOpeningMember(username, authorityId)).stream()
                .map(finding -> new FieldViolation(finding.pointer(), finding.pointer(),
                        SchemaCheck.wording(finding.key(), language, Stream.ofNullable(finding.argument()).toArray())))
                .toList();
        if (!broken.isEmpty()) {
            throw new Rejection(ProblemType.VALIDATION_FAILED, broken);
        }
        return draft;
    }

    private boolean isOpeningMember(String username, String authorityId) {
        return identities.userByUsername(username).stream()
                .flatMap(user -> user.memberships().stream())
                .anyMatch(membership -> isOpeningMemberOf(membership, authorityId));
    }

    private static boolean isOpeningMemberOf(Membership membership, String authorityId) {
        return membership.role() == Role.OPENING_MEMBER && membership.organisation().id().equals(authorityId);
    }
}
