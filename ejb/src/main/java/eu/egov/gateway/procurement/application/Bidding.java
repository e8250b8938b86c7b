package eu.egov.gateway.procurement.application;

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
import jakarta.json.Json;
import jakarta.json.JsonObject;

import eu.egov.gateway.audit.application.AuditLog;
import eu.egov.gateway.identity.domain.Caller;
import eu.egov.gateway.identity.domain.Role;
import eu.egov.gateway.procurement.domain.Bid;
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

    /** Seals and records the firm's bid; a firm's later bid replaces its earlier one. */
    public BidView submit(Caller caller, String reference, JsonObject bid) {
        caller.require(Role.BIDDER);
        Tender tender = tenders.publishedByReference(reference).orElseThrow(Rejection::notFound);
        Bid.requireOpen(tender, Instant.now());
        checks.accept(bid, tender, caller.language());
        // a random nonce, so that the published hash of a bid cannot be matched by guessing its prices
        byte[] clear = CanonicalJson.of(Json.createObjectBuilder()
                .add("tender", reference)
                .add("organisation", caller.organisationId())
                .add("nonce", Base64.getEncoder().encodeToString(nonce()))
                .add("bid", bid)
                .build());
        SubmissionProof proof = seal.seal(clear);
        Bid received = new Bid(tender, caller.organisationId(), caller.userId(), sealed(clear, tender), proof.sha256Hex(),
                proof.seal(), proof.timeStampToken(), proof.time());
        tenders.currentBid(tender.id(), caller.organisationId()).ifPresent(earlier -> earlier.replacedBy(received));
        tenders.add(received);
        audit.record(caller.username(), "bid.submitted", tender.id(), received.id() + " " + received.sha256());
        documents.bidReceipt(tender, received, caller.displayName(), caller.language(), false);
        return view(received);
    }

    /** Takes the firm's bid back; judged, like a bid, by the gateway's time-stamp. */
    public BidView withdraw(Caller caller, String reference) {
        caller.require(Role.BIDDER);
        Tender tender = tenders.publishedByReference(reference).orElseThrow(Rejection::notFound);
        Bid bid = tenders.currentBid(tender.id(), caller.organisationId()).orElseThrow(() -> new Rejection(ProblemType.NO_BID));
        SubmissionProof withdrawal = seal.seal(CanonicalJson.of(Json.createObjectBuilder()
                .add("withdrawn", bid.id()).add("sha256", bid.sha256()).build()));
        bid.withdraw(tender, withdrawal.time());
        audit.record(caller.username(), "bid.withdrawn", tender.id(), bid.id() + " " + withdrawal.sha256Hex());
        documents.bidReceipt(tender, bid, caller.displayName(), caller.language(), true);
        return view(bid);
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
        return tenders.bidsOf(tender.id(), caller.organisationId()).stream().map(Bidding::view).toList();
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

    private byte[] nonce() {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        return nonce;
    }

    private static BidView view(Bid bid) {
        return new BidView(bid.id(), bid.status().name(), bid.submittedAt(), bid.sha256(), bid.withdrawnAt(),
                bid.needsConfirmation());
    }
}
