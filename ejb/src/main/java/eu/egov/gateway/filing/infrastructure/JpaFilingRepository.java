package eu.egov.gateway.filing.infrastructure;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import eu.egov.gateway.filing.domain.Filing;
import eu.egov.gateway.filing.domain.FilingRepository;
import eu.egov.gateway.filing.domain.Form;
import eu.egov.gateway.filing.domain.FormStatus;
import eu.egov.gateway.filing.domain.IssuedDocument;
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
                        "select f from Filing f where f.organisationId = :organisation order by f.createdAt desc, f.id",
                        Filing.class)
                .setParameter("organisation", organisationId)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countFilingsOf(String organisationId) {
        return entityManager.createQuery("select count(f) from Filing f where f.organisationId = :organisation", Long.class)
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
    public List<Filing> filingsByReference(Collection<String> references) {
        if (references.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("select f from Filing f where f.reference in :references", Filing.class)
                .setParameter("references", references)
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
}
