package eu.egov.gateway.procurement.infrastructure;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import eu.egov.gateway.procurement.domain.Bid;
import eu.egov.gateway.procurement.domain.BidStatus;
import eu.egov.gateway.procurement.domain.ConsortiumMember;
import eu.egov.gateway.procurement.domain.Corrigendum;
import eu.egov.gateway.procurement.domain.MemberCredential;
import eu.egov.gateway.procurement.domain.OfferDocument;
import eu.egov.gateway.procurement.domain.OpenedBid;
import eu.egov.gateway.procurement.domain.ProcurementDocument;
import eu.egov.gateway.procurement.domain.Tender;
import eu.egov.gateway.procurement.domain.TenderQuestion;
import eu.egov.gateway.procurement.domain.TenderRepository;
import eu.egov.gateway.procurement.domain.TenderFile;
import eu.egov.gateway.procurement.domain.TenderSealing;
import eu.egov.gateway.procurement.domain.TenderStatus;

@ApplicationScoped
class JpaTenderRepository implements TenderRepository {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public void add(Tender tender) {
        entityManager.persist(tender);
    }

    @Override
    public Optional<Tender> tender(String id) {
        return Optional.ofNullable(entityManager.find(Tender.class, id));
    }

    @Override
    public List<Tender> tendersOf(String authorityId, int offset, int limit) {
        return entityManager.createQuery(
                        "select t from Tender t where t.authorityId = :authority order by t.createdAt desc, t.id", Tender.class)
                .setParameter("authority", authorityId)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Tender> published(int offset, int limit) {
        return entityManager.createQuery(
                        "select t from Tender t where t.status <> :draft order by t.submissionDeadline, t.id", Tender.class)
                .setParameter("draft", TenderStatus.DRAFT)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countPublished() {
        return entityManager.createQuery("select count(t) from Tender t where t.status <> :draft", Long.class)
                .setParameter("draft", TenderStatus.DRAFT)
                .getSingleResult();
    }

    @Override
    public Optional<Tender> publishedByReference(String reference) {
        return entityManager.createQuery(
                        "select t from Tender t where t.reference = :reference and t.status <> :draft", Tender.class)
                .setParameter("reference", reference)
                .setParameter("draft", TenderStatus.DRAFT)
                .getResultStream().findFirst();
    }

    @Override
    public void add(TenderQuestion question) {
        entityManager.persist(question);
    }

    @Override
    public Optional<TenderQuestion> question(String tenderId, String questionId) {
        return Optional.ofNullable(entityManager.find(TenderQuestion.class, questionId))
                .filter(question -> question.tenderId().equals(tenderId));
    }

    @Override
    public List<TenderQuestion> questions(String tenderId) {
        return entityManager.createQuery(
                        "select q from TenderQuestion q where q.tenderId = :tender order by q.askedAt, q.id", TenderQuestion.class)
                .setParameter("tender", tenderId)
                .getResultList();
    }

    @Override
    public Optional<MemberCredential> credential(String userId) {
        return Optional.ofNullable(entityManager.find(MemberCredential.class, userId));
    }

    @Override
    public void add(MemberCredential credential) {
        entityManager.persist(credential);
    }

    @Override
    public void add(TenderSealing sealing) {
        entityManager.persist(sealing);
    }

    @Override
    public Optional<TenderSealing> sealing(String tenderId) {
        return Optional.ofNullable(entityManager.find(TenderSealing.class, tenderId));
    }

    @Override
    public void add(Bid bid) {
        entityManager.persist(bid);
    }

    @Override
    public Optional<Bid> currentBid(String tenderId, String organisationId) {
        return entityManager.createQuery("""
                        select b from Bid b
                        where b.tenderId = :tender and b.organisationId = :organisation and b.status = :submitted""", Bid.class)
                .setParameter("tender", tenderId)
                .setParameter("organisation", organisationId)
                .setParameter("submitted", BidStatus.SUBMITTED)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public List<Bid> bidsOf(String tenderId, String organisationId) {
        return entityManager.createQuery(
                        "select b from Bid b where b.tenderId = :tender and b.organisationId = :organisation order by b.submittedAt",
                        Bid.class)
                .setParameter("tender", tenderId)
                .setParameter("organisation", organisationId)
                .getResultList();
    }

    @Override
    public List<Bid> currentBids(String tenderId) {
        return entityManager.createQuery(
                        "select b from Bid b where b.tenderId = :tender and b.status = :submitted order by b.submittedAt", Bid.class)
                .setParameter("tender", tenderId)
                .setParameter("submitted", BidStatus.SUBMITTED)
                .getResultList();
    }

    @Override
    public void add(OpenedBid opened) {
        entityManager.persist(opened);
    }

    @Override
    public List<OpenedBid> openedBids(String tenderId) {
        return entityManager.createQuery("select o from OpenedBid o where o.tenderId = :tender", OpenedBid.class)
                .setParameter("tender", tenderId)
                .getResultList();
    }

    @Override
    public void add(ProcurementDocument document) {
        entityManager.persist(document);
    }

    @Override
    public Optional<ProcurementDocument> bidDocument(String bidId, ProcurementDocument.Kind kind) {
        return entityManager.createQuery(
                        "select d from ProcurementDocument d where d.bidId = :bid and d.kind = :kind", ProcurementDocument.class)
                .setParameter("bid", bidId)
                .setParameter("kind", kind)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<ProcurementDocument> openingReport(String tenderId) {
        return entityManager.createQuery(
                        "select d from ProcurementDocument d where d.tenderId = :tender and d.kind = :kind", ProcurementDocument.class)
                .setParameter("tender", tenderId)
                .setParameter("kind", ProcurementDocument.Kind.OPENING_REPORT)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Bid> bid(String bidId) {
        return Optional.ofNullable(entityManager.find(Bid.class, bidId));
    }

    @Override
    public void add(Corrigendum corrigendum) {
        entityManager.persist(corrigendum);
    }

    @Override
    public List<Corrigendum> corrigenda(String tenderId) {
        return entityManager.createQuery(
                        "select c from Corrigendum c where c.tenderId = :tender order by c.number", Corrigendum.class)
                .setParameter("tender", tenderId)
                .getResultList();
    }

    @Override
    public void add(TenderFile file) {
        entityManager.persist(file);
    }

    @Override
    public List<TenderFile> files(String tenderId) {
        return entityManager.createQuery(
                        "select f from TenderFile f where f.tenderId = :tender order by f.uploadedAt, f.id", TenderFile.class)
                .setParameter("tender", tenderId)
                .getResultList();
    }

    @Override
    public void add(ConsortiumMember member) {
        entityManager.persist(member);
    }

    @Override
    public List<ConsortiumMember> consortium(String bidId) {
        return entityManager.createQuery("select m from ConsortiumMember m where m.bidId = :bid", ConsortiumMember.class)
                .setParameter("bid", bidId)
                .getResultList();
    }

    @Override
    public List<ConsortiumMember> invitations(String tenderId, String organisationId) {
        return entityManager.createQuery(
                        "select m from ConsortiumMember m where m.tenderId = :tender and m.organisationId = :organisation",
                        ConsortiumMember.class)
                .setParameter("tender", tenderId)
                .setParameter("organisation", organisationId)
                .getResultList();
    }

    @Override
    public void add(OfferDocument document) {
        entityManager.persist(document);
    }

    @Override
    public List<OfferDocument> offerDocuments(String tenderId, String organisationId) {
        return entityManager.createQuery(
                        "select d from OfferDocument d where d.tenderId = :tender and d.organisationId = :organisation"
                                + " order by d.uploadedAt, d.id", OfferDocument.class)
                .setParameter("tender", tenderId)
                .setParameter("organisation", organisationId)
                .getResultList();
    }

    @Override
    public void flush() {
        entityManager.flush();
    }
}
