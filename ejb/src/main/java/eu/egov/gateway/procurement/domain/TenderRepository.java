package eu.egov.gateway.procurement.domain;

import java.util.List;
import java.util.Optional;

public interface TenderRepository {

    void add(Tender tender);

    Optional<Tender> tender(String id);

    List<Tender> tendersOf(String authorityId, int offset, int limit);

    /** Tenders the public sees (published, and on after that), the nearest submission deadline first. */
    List<Tender> published(int offset, int limit);

    long countPublished();

    Optional<Tender> publishedByReference(String reference);

    void add(TenderQuestion question);

    Optional<TenderQuestion> question(String tenderId, String questionId);

    List<TenderQuestion> questions(String tenderId);

    Optional<MemberCredential> credential(String userId);

    void add(MemberCredential credential);

    void add(TenderSealing sealing);

    Optional<TenderSealing> sealing(String tenderId);

    void add(Bid bid);

    /** The firm's bid that counts, if it has one. */
    Optional<Bid> currentBid(String tenderId, String organisationId);

    List<Bid> bidsOf(String tenderId, String organisationId);

    /** The bids that count: each firm's last, not withdrawn. */
    List<Bid> currentBids(String tenderId);

    void add(OpenedBid opened);

    List<OpenedBid> openedBids(String tenderId);

    void add(ProcurementDocument document);

    Optional<ProcurementDocument> bidDocument(String bidId, ProcurementDocument.Kind kind);

    Optional<ProcurementDocument> openingReport(String tenderId);

    Optional<Bid> bid(String bidId);

    void add(Corrigendum corrigendum);

    List<Corrigendum> corrigenda(String tenderId);

    void add(TenderFile file);

    List<TenderFile> files(String tenderId);

    void add(ConsortiumMember member);

    List<ConsortiumMember> consortium(String bidId);

    /** The consortia of the tender that name the organisation as a member. */
    List<ConsortiumMember> invitations(String tenderId, String organisationId);

    void add(OfferDocument document);

    /** The offer documents the firm uploaded for the tender, oldest first. */
    List<OfferDocument> offerDocuments(String tenderId, String organisationId);

    /** Writes pending changes now, so that versions are current. */
    void flush();
}
