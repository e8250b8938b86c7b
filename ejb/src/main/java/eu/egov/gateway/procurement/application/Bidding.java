package eu.egov.gateway.procurement.application;

import static eu.egov.gateway.shared.domain.Jsonp.JSON;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import eu.egov.gateway.audit.application.AuditLog;
import eu.egov.gateway.identity.domain.Caller;
import eu.egov.gateway.identity.domain.Role;
import eu.egov.gateway.identity.domain.IdentityRepository;
import eu.egov.gateway.identity.domain.Organisation;
import eu.egov.gateway.procurement.domain.Bid;
import eu.egov.gateway.procurement.domain.ConsortiumMember;
import eu.egov.gateway.procurement.domain.OfferDocument;
import eu.egov.gateway.procurement.domain.Tender;
import eu.egov.gateway.procurement.domain.TenderRepository;
import eu.egov.gateway.procurement.domain.TenderSealing;
import eu.egov.gateway.shared.domain.ProblemType;
import eu.egov.gateway.shared.domain.Rejection;
import eu.egov.gateway.shared.infrastructure.CanonicalJson;
import eu.egov.gateway.trust.application.BidSealing;
import eu.egov.gateway.trust.application.SealService;
import eu.egov.gateway.trust.domain.SubmissionProof;

/**
 * Firms bid, replace and withdraw until the submission deadline. A bid is sealed to the tender's key
 * the moment it arrives, so that the gateway holds only ciphertext and proof; the deadline is judged
 * by the gateway's time-stamp on it, to the second.
 */
@Stateless
public class Bidding {

    private static final int NONCE_BYTES = 16;

    private final SecureRandom random = new SecureRandom();

    @Inject
    private TenderRepository tenders;

    @Inject
    private SealService seal;

    @Inject
    private BidSealing sealing;

    @Inject
    private AuditLog audit;

    @Inject
    private BidChecks checks;

    @Inject
    private TenderDocuments documents;

    @Inject
    private IdentityRepository identities;

    @Inject
    private TenderViews views;

    /** Seals and records the firm's bid; a firm's later bid replaces its earlier one. */
    public BidView submit(Caller caller, String reference, JsonObject bid) {
        caller.require(Role.BIDDER);
        Tender tender = tenders.publishedByReference(reference).orElseThrow(Rejection::notFound);
        Bid.requireOpen(tender, Instant.now());
        BidChecks.Accepted accepted = checks.accept(bid, tender, caller.organisationId(), caller.language());
        // a random nonce, so that the published hash of a bid cannot be matched by guessing its prices;
        // the documents' hashes, so that the bid's receipt proves them too
        byte[] clear = CanonicalJson.of(JSON.createObjectBuilder()
                .add("tender", reference)
                .add("organisation", caller.organisationId())
                .add("nonce", Base64.getEncoder().encodeToString(nonce()))
                .add("bid", bid)
                .add("documents", sealedDocuments(accepted.documents()))
                .build());
        SubmissionProof proof = seal.seal(clear);
        Bid received = new Bid(tender, caller.organisationId(), caller.userId(), sealed(clear, tender), proof.sha256Hex(),
                proof.seal(), proof.timeStampToken(), proof.time());
        tenders.currentBid(tender.id(), caller.organisationId()).ifPresent(earlier -> earlier.replacedBy(received));
        tenders.add(received);
        accepted.consortium().forEach(member -> tenders.add(new ConsortiumMember(received, member)));
        documents.bidReceipt(tender, received, accepted.documents(), caller.displayName(), caller.language());
        // last: appending locks the audit chain until the commit, and every bid waits for that lock
        audit.record(caller.username(), "bid.submitted", tender.id(), received.id() + " " + received.sha256());
        return view(received);
    }

    /** Takes the firm's bid back; judged, like a bid, by the gateway's time-stamp. */
    public BidView withdraw(Caller caller, String reference) {
        caller.require(Role.BIDDER);
        Tender tender = tenders.publishedByReference(reference).orElseThrow(Rejection::notFound);
        Bid bid = tenders.currentBid(tender.id(), caller.organisationId()).orElseThrow(() -> new Rejection(ProblemType.NO_BID));
        SubmissionProof withdrawal = seal.seal(CanonicalJson.of(JSON.createObjectBuilder()
                .add("withdrawn", bid.id()).add("sha256", bid.sha256()).build()));
        bid.withdraw(tender, withdrawal.time());
        documents.withdrawalReceipt(tender, bid, caller.displayName(), caller.language());
        audit.record(caller.username(), "bid.withdrawn", tender.id(), bid.id() + " " + withdrawal.sha256Hex());
        return view(bid);
    }

    /** Bids of the tender whose consortium names the caller's firm, and whether it confirmed. */
    public List<Invitation> invitations(Caller caller, String reference) {
        caller.require(Role.BIDDER);
        Tender tender = tenders.publishedByReference(reference).orElseThrow(Rejection::notFound);
        return tenders.invitations(tender.id(), caller.organisationId()).stream()
                .map(member -> new Invitation(member.bidId(), lead(member.bidId()), member.confirmed()))
                .toList();
    }

    /** A consortium member's user confirms the firm takes part in the lead's bid. */
    public Invitation confirmParticipation(Caller caller, String reference, String bidId) {
        caller.require(Role.BIDDER);
        Tender tender = tenders.publishedByReference(reference).orElseThrow(Rejection::notFound);
        ConsortiumMember member = tenders.invitations(tender.id(), caller.organisationId()).stream()
                .filter(m -> m.bidId().equals(bidId)).findFirst().orElseThrow(Rejection::notFound);
        member.confirm(tender, caller.userId(), Instant.now());
        audit.record(caller.username(), "bid.participation-confirmed", tender.id(), bidId);
        return new Invitation(bidId, lead(bidId), true);
    }

    private String lead(String bidId) {
        return tenders.bid(bidId).flatMap(bid -> identities.organisation(bid.organisationId()))
                .map(Organisation::name).orElse("");
    }

    /** A lead's bid naming the firm as consortium member. */
    public record Invitation(String bidId, String lead, boolean confirmed) {
    }

    /** After a corrigendum: the firm keeps its bid as it is. */
    public BidView confirm(Caller caller, String reference) {
        caller.require(Role.BIDDER);
        Tender tender = tenders.publishedByReference(reference).orElseThrow(Rejection::notFound);
        Bid bid = tenders.currentBid(tender.id(), caller.organisationId()).orElseThrow(() -> new Rejection(ProblemType.NO_BID));
        bid.confirm(tender, Instant.now());
        audit.record(caller.username(), "bid.confirmed", tender.id(), bid.id());
        return view(bid);
    }

    /** The firm's bids on the tender, newest last: which counts, and what proves each. */
    public List<BidView> ofFirm(Caller caller, String reference) {
        caller.require(Role.BIDDER);
        Tender tender = tenders.publishedByReference(reference).orElseThrow(Rejection::notFound);
        return tenders.bidsOf(tender.id(), caller.organisationId()).stream().map(this::view).toList();
    }

    private byte[] sealed(byte[] clear, Tender tender) {
        TenderSealing key = tenders.sealing(tender.id()).orElseThrow(() -> new IllegalStateException(
                "published tender " + tender.reference() + " has no sealing key"));
        ByteArrayOutputStream sealed = new ByteArrayOutputStream(clear.length + 512);
        try {
            sealing.seal(new ByteArrayInputStream(clear), sealed, key.keys().publicKey());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sealed.toByteArray();
    }

    private static JsonArrayBuilder sealedDocuments(List<OfferDocument> documents) {
        JsonArrayBuilder sealed = JSON.createArrayBuilder();
        documents.forEach(document -> sealed.add(JSON.createObjectBuilder()
                .add("id", document.id())
                .add("fileName", document.fileName())
                .add("mediaType", document.mediaType())
                .add("size", document.size())
                .add("sha256", document.sha256())));
        return sealed;
    }

    private byte[] nonce() {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        return nonce;
    }

    private BidView view(Bid bid) {
        return new BidView(bid.id(), bid.status().name(), bid.submittedAt(), bid.sha256(), bid.withdrawnAt(),
                bid.needsConfirmation(), views.consortium(bid.id()));
    }
}
