package eu.egov.gateway.procurement.application;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import eu.egov.gateway.audit.application.AuditLog;
import eu.egov.gateway.identity.domain.Caller;
import eu.egov.gateway.procurement.domain.Tender;
import eu.egov.gateway.procurement.domain.TenderFile;
import eu.egov.gateway.procurement.domain.TenderRepository;
import eu.egov.gateway.shared.domain.Download;
import eu.egov.gateway.shared.domain.ProblemType;
import eu.egov.gateway.shared.domain.Rejection;
import eu.egov.gateway.shared.domain.StoredFile;
import eu.egov.gateway.shared.infrastructure.FileStorage;
import eu.egov.gateway.shared.infrastructure.Settings;

/**
 * The procurement documents of a call for tenders: the officer attaches them to the draft, streamed
 * and checked by content; anyone downloads them once the tender is published.
 */
@Stateless
public class TenderFiles {

    private static final List<String> ACCEPTED = List.of("application/pdf");

    @Inject
    private TenderAccess access;

    @Inject
    private TenderRepository tenders;

    @Inject
    private FileStorage storage;

    @Inject
    private TenderViews views;

    @Inject
    private AuditLog audit;

    public TenderView attach(Caller caller, String tenderId, String fileName, long declaredLength, InputStream content) {
        Tender tender = access.own(caller, tenderId);
        long limit = Settings.uploadMaxBytes();
        if (declaredLength > limit) {
            throw Rejection.tooLarge(ProblemType.ATTACHMENT_TOO_LARGE, limit);
        }
        StoredFile stored = storage.store(content, limit, ACCEPTED);
        TenderFile file = new TenderFile(tender, FileStorage.safeName(fileName), stored, Instant.now());
        tenders.add(file);
        audit.record(caller.username(), "tender.document-added", tender.id(), file.id() + " " + file.sha256());
        return views.forAuthority(tender, caller.language());
    }

    /** A document of a published tender, for anyone. */
    public Download download(String reference, String fileId) {
        Tender tender = tenders.publishedByReference(reference).orElseThrow(Rejection::notFound);
        TenderFile file = tenders.files(tender.id()).stream().filter(f -> f.id().equals(fileId)).findFirst()
                .orElseThrow(Rejection::notFound);
        return new Download(file.fileName(), file.mediaType(), file.size(), storage.open(file.storageKey()));
    }
}
