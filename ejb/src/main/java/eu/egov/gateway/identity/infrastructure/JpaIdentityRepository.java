package eu.egov.gateway.identity.infrastructure;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import eu.egov.gateway.identity.domain.ApiToken;
import eu.egov.gateway.identity.domain.IdentityRepository;
import eu.egov.gateway.identity.domain.Mandate;
import eu.egov.gateway.identity.domain.Organisation;
import eu.egov.gateway.identity.domain.Role;
import eu.egov.gateway.identity.domain.UserAccount;

@ApplicationScoped
class JpaIdentityRepository implements IdentityRepository {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public Optional<UserAccount> userByUsername(String username) {
        return entityManager.createQuery("select u from UserAccount u where u.username = :username", UserAccount.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<UserAccount> user(String id) {
        return Optional.ofNullable(entityManager.find(UserAccount.class, id));
    }

    @Override
    public Optional<Organisation> organisation(String id) {
        return Optional.ofNullable(entityManager.find(Organisation.class, id));
    }

    @Override
    public List<UserAccount> members(String organisationId, Role role) {
        return entityManager.createQuery("""
                        select m.user from Membership m
                        where m.organisation.id = :organisation and m.role = :role
                        order by m.user.username""", UserAccount.class)
                .setParameter("organisation", organisationId)
                .setParameter("role", role)
                .getResultList();
    }

    @Override
    public Optional<ApiToken> tokenByHash(String tokenHash) {
        return entityManager.createQuery("select t from ApiToken t where t.tokenHash = :hash", ApiToken.class)
                .setParameter("hash", tokenHash)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Organisation> organisationByRegistration(String country, String registrationNumber) {
        return entityManager.createQuery(
                        "select o from Organisation o where o.country = :country and o.registrationNumber = :number",
                        Organisation.class)
                .setParameter("country", country)
                .setParameter("number", registrationNumber)
                .getResultStream().findFirst();
    }

    @Override
    public void add(Organisation organisation) {
        entityManager.persist(organisation);
    }

    @Override
    public void add(UserAccount user) {
        entityManager.persist(user);
    }

    @Override
    public void add(ApiToken token) {
        entityManager.persist(token);
    }

    @Override
    public void add(Mandate mandate) {
        entityManager.persist(mandate);
    }

    @Override
    public Optional<Mandate> mandate(String reference) {
        return entityManager.createQuery("select m from Mandate m where m.reference = :reference", Mandate.class)
                .setParameter("reference", reference)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Mandate> mandateForUpdate(String reference) {
        return entityManager.createQuery("select m from Mandate m where m.reference = :reference", Mandate.class)
                .setParameter("reference", reference)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public List<Mandate> mandatesOf(String organisationId) {
        return entityManager.createQuery("""
                        select m from Mandate m where m.principalId = :organisation or m.agentId = :organisation
                        order by m.grantedAt desc, m.reference""", Mandate.class)
                .setParameter("organisation", organisationId)
                .getResultList();
    }
}
