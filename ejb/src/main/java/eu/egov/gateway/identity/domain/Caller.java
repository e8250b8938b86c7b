package eu.egov.gateway.identity.domain;

import java.util.Locale;
import java.util.Set;

import eu.egov.gateway.shared.domain.ProblemType;
import eu.egov.gateway.shared.domain.Rejection;

/**
 * Who is asking, and for which organisation. Every application service takes the caller and
 * checks roles and object ownership itself, whatever the HTTP layer already checked.
 */
public record Caller(String userId, String username, String displayName, String organisationId,
                     String organisationName, Set<Role> roles, Locale language) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public void require(Role role) {
        if (!has(role)) {
            throw new Rejection(ProblemType.ROLE_REQUIRED, role.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
    }
}
