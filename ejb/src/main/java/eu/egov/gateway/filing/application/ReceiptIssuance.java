package eu.egov.gateway.filing.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import eu.egov.gateway.filing.domain.Filing;
import eu.egov.gateway.filing.domain.FilingRepository;
import eu.egov.gateway.identity.domain.IdentityRepository;
import eu.egov.gateway.identity.domain.UserAccount;
import eu.egov.gateway.workflow.application.FilingReceipts;

/**
 * Issues a submission's signed receipt PDF once the submission has committed: the seal and time-stamp
 * that prove it were already in the firm's acknowledgement.
 */
@Stateless
public class ReceiptIssuance implements FilingReceipts {

    @Inject
    private FilingRepository filings;

    @Inject
    private IdentityRepository identities;

    @Inject
    private SignedDocuments documents;

    @Override
    public void issueReceipt(String reference) {
        Filing filing = filings.filingByReference(reference)
                .orElseThrow(() -> new IllegalStateException("the process names an unknown filing " + reference));
        String submittedBy = identities.user(filing.submittedBy()).map(UserAccount::displayName).orElse("");
        documents.issueReceipt(filing, filings.submission(filing.id()).orElseThrow(), submittedBy);
    }
}
