package eu.egov.gateway.identity.domain;

import java.util.List;
import java.util.Optional;

/** Organisations, users and their API tokens. */
public interface IdentityRepository {

    Optional<UserAccount> userByUsername(String username);

    Optional<UserAccount> user(String id);

    Optional<Organisation> organisation(String id);

    /** The users who hold the role for the organisation. */
    List<UserAccount> members(String organisationId, Role role);

    Optional<ApiToken> tokenByHash(String tokenHash);

    /** A firm by its country and its number in that country's business register. */
    Optional<Organisation> organisationByRegistration(String country, String registrationNumber);

    void add(Organisation organisation);

    void add(UserAccount user);

    void add(ApiToken token);

    void add(Mandate mandate);

    Optional<Mandate> mandate(String reference);

    /**
     * The mandate, locked until the transaction ends: a revocation then waits for a change made under the
     * mandate, and a change made after it sees it revoked.
     */
    Optional<Mandate> mandateForUpdate(String reference);

    /** The mandates the firm gave (as principal) or holds (as agent), the latest first. */
    List<Mandate> mandatesOf(String organisationId);
}
