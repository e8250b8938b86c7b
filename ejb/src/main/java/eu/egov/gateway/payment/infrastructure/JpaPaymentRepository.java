package eu.egov.gateway.payment.infrastructure;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;

import eu.egov.gateway.filing.domain.PaymentOutcome;
import eu.egov.gateway.payment.domain.PaymentRepository;
import eu.egov.gateway.payment.domain.ReceivedPayment;
import eu.egov.gateway.shared.domain.ProblemType;
import eu.egov.gateway.shared.domain.Rejection;

@ApplicationScoped
class JpaPaymentRepository implements PaymentRepository {

    private static final String TO_RESOLVE = " and p.resolution is null and p.outcome <> :paid";

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public boolean contains(String bankReference) {
        return !entityManager.createQuery(
                        "select p.id from ReceivedPayment p where p.bankReference = :reference", String.class)
                .setParameter("reference", bankReference)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    @Override
    public void add(ReceivedPayment payment) {
        entityManager.persist(payment);
        try {
            // A second import of the same statement at the same moment reaches this bank reference's unique index
            // after the first: refused whole here rather than as a failed commit, and the file can be sent again.
            entityManager.flush();
        } catch (PersistenceException e) {
            if (uniqueViolation(e)) {
                throw new Rejection(ProblemType.STATEMENT_IMPORTED_MEANWHILE);
            }
            throw e;
        }
    }

    // SQL's unique_violation, in PostgreSQL and H2 alike; other integrity failures are faults, not a race
    private static boolean uniqueViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Optional<ReceivedPayment> paymentForUpdate(String authorityId, String id) {
        return Optional.ofNullable(entityManager.find(ReceivedPayment.class, id, LockModeType.PESSIMISTIC_WRITE))
                .filter(payment -> payment.authorityId().equals(authorityId));
    }

    @Override
    public List<ReceivedPayment> payments(String authorityId, boolean unresolvedOnly, int offset, int limit) {
        return query("select p", authorityId, unresolvedOnly, " order by p.bookedOn desc, p.importedAt desc, p.id",
                ReceivedPayment.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countPayments(String authorityId, boolean unresolvedOnly) {
        return query("select count(p)", authorityId, unresolvedOnly, "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(String select, String authorityId, boolean unresolvedOnly, String order, Class<T> type) {
        TypedQuery<T> query = entityManager.createQuery(select + " from ReceivedPayment p where p.authorityId = :authority"
                + (unresolvedOnly ? TO_RESOLVE : "") + order, type);
        query.setParameter("authority", authorityId);
        if (unresolvedOnly) {
            query.setParameter("paid", PaymentOutcome.PAID);
        }
        return query;
    }
}
