package eu.egov.gateway.identity.application;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import eu.egov.gateway.shared.domain.Sha256;
import eu.egov.gateway.audit.application.AuditLog;
import eu.egov.gateway.identity.domain.ApiToken;
import eu.egov.gateway.identity.domain.Caller;
import eu.egov.gateway.identity.domain.IdentityRepository;
import eu.egov.gateway.identity.domain.Membership;
import eu.egov.gateway.identity.domain.Organisation;
import eu.egov.gateway.identity.domain.Role;
import eu.egov.gateway.identity.domain.UserAccount;
import eu.egov.gateway.shared.domain.ProblemType;
import eu.egov.gateway.shared.domain.Rejection;
import eu.egov.gateway.trust.application.PasswordHasher;

/** Who is calling: sign-in with a password, sessions, and personal API tokens. */
@Stateless
public class Authentication {

    private static final String TOKEN_PREFIX = "gw_";

    /** A hash to check unknown usernames against; any value will do, computing it once will too. */
    private static volatile String unknownUserHash;

    private final SecureRandom random = new SecureRandom();

    @Inject
    private IdentityRepository identities;

    @Inject
    private PasswordHasher passwords;

    @Inject
    private AuditLog audit;

    /** Checks the password; after repeated failures the account waits before it may try again. */
    public Caller signIn(String username, char[] password) {
        Instant now = Instant.now();
        Optional<UserAccount> found = identities.userByUsername(username);
        if (found.isEmpty()) {
            // as slow as a real check, so that timing does not tell which usernames exist
            passwords.matches(password, unknownUserHash());
            throw new SignInRefused(ProblemType.INVALID_CREDENTIALS);
        }
        UserAccount user = found.get();
        if (user.isLockedOut(now)) {
            throw new SignInRefused(ProblemType.TOO_MANY_SIGN_IN_ATTEMPTS);
        }
        if (!passwords.matches(password, user.passwordHash())) {
            user.recordFailedSignIn(now);
            throw new SignInRefused(ProblemType.INVALID_CREDENTIALS);
        }
        user.recordSuccessfulSignIn();
        return caller(user, null);
    }

    /** The caller behind a session: roles are read afresh, so a revoked role takes effect at once. */
    public Optional<Caller> callerFor(String userId, String organisationId) {
        return identities.user(userId).map(user -> caller(user, organisationId));
    }

    public Optional<Caller> callerForToken(String token) {
        if (token == null || !token.startsWith(TOKEN_PREFIX)) {
            return Optional.empty();
        }
        return identities.tokenByHash(tokenHash(token)).map(t -> caller(t.user(), t.organisationId()));
    }

    /** A new personal API token for the caller's organisation; the clear value is returned only now. */
    public IssuedToken issueToken(Caller caller, String name) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        UserAccount user = identities.user(caller.userId()).orElseThrow(Rejection::notFound);
        ApiToken stored = new ApiToken(user, caller.organisationId(), name, tokenHash(token), Instant.now());
        identities.add(stored);
        audit.record(caller.username(), "identity.token-issued", stored.id(), name);
        return new IssuedToken(stored.id(), name, token, stored.createdAt());
    }

    /** The caller acting for the organisation asked for, or for the user's first one. */
    private static Caller caller(UserAccount user, String organisationId) {
        List<Membership> memberships = user.memberships();
        Organisation organisation = memberships.stream().map(Membership::organisation)
                .filter(o -> organisationId == null || o.id().equals(organisationId))
                .findFirst()
                .orElseThrow(() -> new Rejection(ProblemType.AUTHENTICATION_REQUIRED));
        Set<Role> roles = memberships.stream()
                .filter(m -> m.organisation().id().equals(organisation.id()))
                .map(Membership::role)
                .collect(Collectors.toSet());
        return new Caller(user.id(), user.username(), user.displayName(), organisation.id(), organisation.name(),
                roles, user.language());
    }

    private String unknownUserHash() {
        String hash = unknownUserHash;
        if (hash == null) {
            hash = passwords.hash("unknown-user".toCharArray());
            unknownUserHash = hash;
        }
        return hash;
    }

    private static String tokenHash(String token) {
        return Sha256.hex(token);
    }

    public record IssuedToken(String id, String name, String token, Instant createdAt) {
    }
}
