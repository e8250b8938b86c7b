package eu.egov.gateway.procurement.application;

import static eu.egov.gateway.shared.domain.Jsonp.JSON;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import eu.egov.gateway.audit.application.AuditLog;
import eu.egov.gateway.identity.domain.Caller;
import eu.egov.gateway.identity.domain.IdentityRepository;
import eu.egov.gateway.identity.domain.Organisation;
import eu.egov.gateway.identity.domain.Role;
import eu.egov.gateway.procurement.domain.Bid;
import eu.egov.gateway.procurement.domain.OfferDocument;
import eu.egov.gateway.procurement.domain.OpenedBid;
import eu.egov.gateway.procurement.domain.Tender;
import eu.egov.gateway.procurement.domain.TenderDraft;
import eu.egov.gateway.procurement.domain.TenderRepository;
import eu.egov.gateway.procurement.domain.TenderStatus;
import eu.egov.gateway.shared.domain.ProblemType;
import eu.egov.gateway.shared.domain.Sha256;
import eu.egov.gateway.shared.infrastructure.FileStorage;
import eu.egov.gateway.trust.application.BidSealing;
import eu.egov.gateway.trust.application.OpenedTender;
import eu.egov.gateway.trust.domain.OpeningCredential;
import eu.egov.gateway.trust.domain.WrongPassphrase;
import eu.egov.gateway.workflow.application.TenderWorkflow;

/**
 * The opening: after the deadline, board members enter their passphrases one by one; when enough
 * have, the tender's key is put back together in memory, every bid that counts is decrypted and
 * checked against its receipted hash, and the tender is open. Every attempt, refused or not, is
 * in the audit log.
 */
@Stateless
public class TenderOpening {

    @Inject
    private TenderRepository tenders;

    @Inject
    private TenderAccess access;

    @Inject
    private IdentityRepository identities;

    @Inject
    private OpeningWindow window;

    @Inject
    private BidSealing sealing;

    @Inject
    private TenderWorkflow workflow;

    @Inject
    private AuditLog audit;

    @Inject
    private TenderDocuments documents;

    @Inject
    private TenderViews views;

    @Inject
    private FileStorage storage;

    public OpeningView enterPassphrase(Caller caller, String tenderId, char[] passphrase) {
        try {
            caller.require(Role.OPENING_MEMBER);
            Tender tender = access.onBoard(caller, tenderId);
            Instant now = Instant.now();
            if (tender.status() != TenderStatus.PUBLISHED || now.isBefore(tender.submissionDeadline())) {
                audit.record(caller.username(), "opening.refused", tender.id(), "before the deadline or not open");
                throw new OpeningRefused(ProblemType.OPENING_NOT_ALLOWED, tender.submissionDeadline());
            }
            audit.record(caller.username(), "opening.passphrase-entered", tender.id(), "");
            Map<String, char[]> entered = window.enter(tender.id(), caller.username(), passphrase, now);
            try {
                TenderDraft draft = tender.draft();
                if (entered.size() >= draft.threshold()) {
                    open(caller, tender, draft, entered, now);
                }
                return view(tender, entered.keySet());
            } finally {
                entered.values().forEach(entry -> Arrays.fill(entry, '\0'));
            }
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }

    /** The state of the opening, for the authority's officers and the board. */
    public OpeningView view(Caller caller, String tenderId) {
        Tender tender = access.officerOrBoard(caller, tenderId);
        return view(tender, window.members(tender.id(), Instant.now()));
    }

    private void open(Caller caller, Tender tender, TenderDraft draft, Map<String, char[]> entered, Instant now) {
        Map<String, OpeningCredential> board = new HashMap<>();
        for (String member : draft.boardMembers()) {
            identities.userByUsername(member).flatMap(user -> tenders.credential(user.id()))
                    .ifPresent(credential -> board.put(member, credential.credential()));
        }
        List<Bid> bids = tenders.currentBids(tender.id()).stream().filter(Bid::countsAtOpening).toList();
        List<OpenedBid> openedBids = new ArrayList<>();
        try (OpenedTender opened = sealing.open(tenders.sealing(tender.id()).orElseThrow().keys(), board, entered)) {
            for (Bid bid : bids) {
                byte[] clear = decrypt(opened, bid);
                openedBids.add(new OpenedBid(bid, new String(clear, StandardCharsets.UTF_8),
                        Sha256.hex(clear).equals(bid.sha256())));
                openDocuments(opened, bid, json(new String(clear, StandardCharsets.UTF_8)));
            }
        } catch (WrongPassphrase wrong) {
            window.forget(tender.id(), wrong.memberId());
            audit.record(caller.username(), "opening.wrong-passphrase", tender.id(), wrong.memberId());
            throw new OpeningRefused(ProblemType.WRONG_PASSPHRASE, wrong.memberId());
        }
        openedBids.forEach(tenders::add);
        tender.opened(now);
        documents.openingReport(tender, bids, openedBids, notOpened(tender), entered.keySet(), caller.language());
        window.close(tender.id());
        workflow.opened(tender.reference());
        audit.record(caller.username(), "tender.opened", tender.id(), String.join(" ", entered.keySet()));
    }

    /** Bids that stay sealed: their firms let them stand unconfirmed after a corrigendum. */
    private List<Bid> notOpened(Tender tender) {
        return tenders.currentBids(tender.id()).stream().filter(bid -> !bid.countsAtOpening()).toList();
    }

    /** Decrypts, streaming, each document the bid names and checks it against the hash the bid sealed. */
    private void openDocuments(OpenedTender opened, Bid bid, JsonObject content) {
        Map<String, OfferDocument> uploaded = tenders.offerDocuments(bid.tenderId(), bid.organisationId()).stream()
                .collect(Collectors.toMap(OfferDocument::id, Function.identity()));
        for (JsonObject named : namedDocuments(content)) {
            OfferDocument document = uploaded.get(named.getString("id"));
            document.opened(storage.derive(document.sealedKey(), document.mediaType(), opened::open),
                    named.getString("sha256"));
        }
    }

    /** The documents a sealed bid names; bids sealed before bids could name documents name none. */
    private static List<JsonObject> namedDocuments(JsonObject content) {
        return content.containsKey("documents") ? content.getJsonArray("documents").getValuesAs(JsonObject.class) : List.of();
    }

    private static byte[] decrypt(OpenedTender opened, Bid bid) {
        ByteArrayOutputStream clear = new ByteArrayOutputStream();
        try {
            opened.open(new ByteArrayInputStream(bid.sealed()), clear);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return clear.toByteArray();
    }

    private OpeningView view(Tender tender, Set<String> entered) {
        List<OpeningView.OpenedBidView> bids = tenders.openedBids(tender.id()).stream()
                .map(opened -> {
                    JsonObject content = json(opened.content());
                    return new OpeningView.OpenedBidView(opened.bidId(),
                            identities.organisation(opened.organisationId()).map(Organisation::name).orElse(""),
                            content.getJsonObject("bid"), Sha256.hex(opened.content()), opened.matchesReceipt(),
                            views.consortium(opened.bidId()), documents(opened, content));
                })
                .toList();
        List<OpeningView.NotOpenedBidView> notOpened = tender.status() != TenderStatus.OPENED ? List.of()
                : notOpened(tender).stream().map(bid -> new OpeningView.NotOpenedBidView(bid.id(),
                        identities.organisation(bid.organisationId()).map(Organisation::name).orElse(""), bid.sha256(),
                        bid.submittedAt())).toList();
        return new OpeningView(tender.reference(), tender.status().name(), tender.draft().threshold(), Set.copyOf(entered),
                tender.openedAt(), bids, notOpened);
    }

    private List<OpeningView.OpenedDocumentView> documents(OpenedBid bid, JsonObject content) {
        Map<String, OfferDocument> uploaded = tenders.offerDocuments(bid.tenderId(), bid.organisationId()).stream()
                .collect(Collectors.toMap(OfferDocument::id, Function.identity()));
        return namedDocuments(content).stream()
                .map(named -> uploaded.get(named.getString("id")))
                .map(document -> new OpeningView.OpenedDocumentView(document.id(), document.fileName(), document.size(),
                        document.sha256(), document.matchesReceipt()))
                .toList();
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
