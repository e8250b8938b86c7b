package eu.egov.gateway.filing.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import eu.egov.gateway.filing.domain.CaseEvent;
import eu.egov.gateway.filing.domain.CaseNote;
import eu.egov.gateway.filing.domain.Completion;
import eu.egov.gateway.filing.domain.CreditorReference;
import eu.egov.gateway.filing.domain.Fee;
import eu.egov.gateway.filing.domain.Filing;
import eu.egov.gateway.filing.domain.FilingRepository;
import eu.egov.gateway.filing.domain.FilingStatus;
import eu.egov.gateway.filing.domain.Form;
import eu.egov.gateway.filing.domain.FormStatus;
import eu.egov.gateway.filing.domain.IssuedDocument;
import eu.egov.gateway.filing.domain.QueueView;
import eu.egov.gateway.filing.domain.Submission;

@ApplicationScoped
class JpaFilingRepository implements FilingRepository {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public List<Form> publishedForms() {
        return entityManager.createQuery("""
                        select f from Form f where f.status = :published or f.status is null
                        order by f.code""", Form.class)
                .setParameter("published", FormStatus.PUBLISHED)
                .getResultList();
    }

    @Override
    public Optional<Form> publishedForm(String code) {
        return entityManager.createQuery(
                        "select f from Form f where f.code = :code and (f.status = :published or f.status is null)", Form.class)
                .setParameter("code", code)
                .setParameter("published", FormStatus.PUBLISHED)
                .getResultStream().findFirst();
    }

    @Override
    public List<Form> formVersions(String authorityId) {
        return entityManager.createQuery(
                        "select f from Form f where f.authorityId = :authority order by f.code, f.version", Form.class)
                .setParameter("authority", authorityId)
                .getResultList();
    }

    @Override
    public Optional<Form> form(String code, int version) {
        return entityManager.createQuery("select f from Form f where f.code = :code and f.version = :version", Form.class)
                .setParameter("code", code)
                .setParameter("version", version)
                .getResultStream().findFirst();
    }

    @Override
    public int latestVersion(String code) {
        Integer latest = entityManager.createQuery("select max(f.version) from Form f where f.code = :code", Integer.class)
                .setParameter("code", code)
                .getSingleResult();
        return latest == null ? 0 : latest;
    }

    @Override
    public void add(Form form) {
        entityManager.persist(form);
    }

    @Override
    public Optional<Filing> filing(String id) {
        return Optional.ofNullable(entityManager.find(Filing.class, id));
    }

    @Override
    public Optional<Filing> filingForUpdate(String id) {
        return Optional.ofNullable(entityManager.find(Filing.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<Filing> filingByReference(String reference) {
        return entityManager.createQuery("select f from Filing f where f.reference = :reference", Filing.class)
                .setParameter("reference", reference)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Filing> filingByCreationKey(String organisationId, String creationKey) {
        return entityManager.createQuery(
                        "select f from Filing f where f.organisationId = :organisation and f.creationKey = :key", Filing.class)
                .setParameter("organisation", organisationId)
                .setParameter("key", creationKey)
                .getResultStream().findFirst();
    }

    @Override
    public List<Filing> filingsOf(String organisationId, int offset, int limit) {
        return entityManager.createQuery(
                        """
                        select f from Filing f where f.organisationId = :organisation or f.agentId = :organisation
                        order by f.createdAt desc, f.id""",
                        Filing.class)
                .setParameter("organisation", organisationId)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countFilingsOf(String organisationId) {
        return entityManager.createQuery("select count(f) from Filing f where f.organisationId = :organisation or f.agentId = :organisation", Long.class)
                .setParameter("organisation", organisationId)
                .getSingleResult();
    }

    @Override
    public void add(Filing filing) {
        entityManager.persist(filing);
    }

    @Override
    public void flush() {
        entityManager.flush();
    }

    @Override
    public List<Filing> queue(String authorityId, QueueView view, String userId, Instant now, Instant soon,
                              Filing after, int offset, int limit) {
        String condition = switch (view) {
            case WAITING -> "(f.assignee is null or f.assignee = :user)";
            case UNASSIGNED -> "f.assignee is null";
            case MINE -> "f.assignee = :user";
            case DUE_SOON -> "f.decisionDue >= :now and f.decisionDue < :soon";
            case OVERDUE -> "f.decisionDue < :now";
        };
        // the first comparison lets the index (authority, due, reference) start its scan at the case before
        String following = after == null ? "" : " and f.decisionDue >= :afterDue"
                + " and (f.decisionDue > :afterDue or f.reference > :afterReference)";
        TypedQuery<Filing> query = entityManager.createQuery("select f from Filing f where f.authorityId = :authority"
                        + " and f.status in :open and " + condition + following
                        + " order by f.decisionDue, f.reference", Filing.class)
                .setParameter("authority", authorityId)
                .setParameter("open", List.of(FilingStatus.SUBMITTED, FilingStatus.IN_REVIEW));
        if (after != null) {
            query.setParameter("afterDue", after.decisionDue()).setParameter("afterReference", after.reference());
        }
        switch (view) {
            case WAITING, MINE -> query.setParameter("user", userId);
            case DUE_SOON -> query.setParameter("now", now).setParameter("soon", soon);
            case OVERDUE -> query.setParameter("now", now);
            case UNASSIGNED -> { }
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public void add(CaseEvent event) {
        entityManager.persist(event);
    }

    @Override
    public List<CaseEvent> history(String filingId, boolean internal) {
        return entityManager.createQuery("select e from CaseEvent e where e.filingId = :filing"
                        + (internal ? "" : " and e.internal = false") + " order by e.at, e.sequence", CaseEvent.class)
                .setParameter("filing", filingId)
                .getResultList();
    }

    @Override
    public void add(Completion completion) {
        entityManager.persist(completion);
    }

    @Override
    public void add(CaseNote note) {
        entityManager.persist(note);
    }

    @Override
    public List<CaseNote> notes(String filingId) {
        return entityManager.createQuery("select n from CaseNote n where n.filingId = :filing order by n.writtenAt", CaseNote.class)
                .setParameter("filing", filingId)
                .getResultList();
    }

    @Override
    public List<Filing> submittedTo(String authorityId, Instant from, Instant until, Instant afterTime,
                                    String afterReference, int limit) {
        return entityManager.createQuery("""
                        select f from Filing f where f.form.authorityId = :authority and f.submittedAt is not null
                        and f.submittedAt >= :from and f.submittedAt < :until
                        and (f.submittedAt > :afterTime or (f.submittedAt = :afterTime and f.reference > :afterReference))
                        order by f.submittedAt, f.reference""", Filing.class)
                .setParameter("authority", authorityId)
                .setParameter("from", from)
                .setParameter("until", until)
                .setParameter("afterTime", afterTime)
                .setParameter("afterReference", afterReference)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public Optional<Submission> submission(String filingId) {
        return Optional.ofNullable(entityManager.find(Submission.class, filingId));
    }

    @Override
    public Optional<Submission> submissionByVerificationCode(String code) {
        return entityManager.createQuery("select s from Submission s where s.verificationCode = :code", Submission.class)
                .setParameter("code", code)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Submission> submissionBySha256(String sha256) {
        return entityManager.createQuery("select s from Submission s where s.sha256 = :sha256", Submission.class)
                .setParameter("sha256", sha256)
                .getResultStream().findFirst();
    }

    @Override
    public void add(Submission submission) {
        entityManager.persist(submission);
    }

    @Override
    public Optional<IssuedDocument> document(String filingId, IssuedDocument.Kind kind) {
        return entityManager.createQuery(
                        "select d from IssuedDocument d where d.filingId = :filing and d.kind = :kind", IssuedDocument.class)
                .setParameter("filing", filingId)
                .setParameter("kind", kind)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<IssuedDocument> documentBySha256(String sha256) {
        return entityManager.createQuery("select d from IssuedDocument d where d.sha256 = :sha256", IssuedDocument.class)
                .setParameter("sha256", sha256)
                .getResultStream().findFirst();
    }

    @Override
    public void add(IssuedDocument document) {
        entityManager.persist(document);
    }

    @Override
    public void add(Fee fee) {
        entityManager.persist(fee);
    }

    @Override
    public Optional<Fee> fee(String filingId) {
        return entityManager.createQuery("select f from Fee f where f.filingId = :filing", Fee.class)
                .setParameter("filing", filingId)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Fee> fee(CreditorReference reference) {
        return entityManager.createQuery("select f from Fee f where f.creditorReference = :reference", Fee.class)
                .setParameter("reference", reference.value())
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Fee> feeForUpdate(String authorityId, CreditorReference reference) {
        return entityManager.createQuery(
                        "select f from Fee f where f.creditorReference = :reference and f.authorityId = :authority", Fee.class)
                .setParameter("reference", reference.value())
                .setParameter("authority", authorityId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }
}
