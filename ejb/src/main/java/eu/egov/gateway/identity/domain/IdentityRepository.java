package eu.egov.gateway.identity.domain;

import java.util.Optional;

/** Organisations, users and their API tokens. */
public interface IdentityRepository {

    Optional<UserAccount> userByUsername(String username);

    Optional<UserAccount> user(String id);

    Optional<Organisation> organisation(String id);

    Optional<ApiToken> tokenByHash(String tokenHash);

    void add(Organisation organisation);

    void add(UserAccount user);

    void add(ApiToken token);
}
