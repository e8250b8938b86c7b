package eu.egov.gateway.filing.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import eu.egov.gateway.shared.domain.Sha256;
import eu.egov.gateway.filing.domain.Filing;
import eu.egov.gateway.filing.domain.FilingRepository;
import eu.egov.gateway.filing.domain.IssuedDocument;
import eu.egov.gateway.filing.domain.Submission;
import eu.egov.gateway.filing.domain.VerificationCode;
import eu.egov.gateway.identity.domain.IdentityRepository;
import eu.egov.gateway.identity.domain.Organisation;

/**
 * The public check, without sign-in: did the gateway issue this receipt, or receive a submission
 * with this hash? It answers with what the receipt itself shows, never more.
 */
@Stateless
public class Verification {

    @Inject
    private FilingRepository filings;

    @Inject
    private IdentityRepository identities;

    public Optional<Verified> byCode(String code, Locale language) {
        return filings.submissionByVerificationCode(VerificationCode.normalise(code))
                .map(submission -> verified(submission, null, language));
    }

    /** A SHA-256 of either a submission's canonical form or a PDF the gateway issued. */
    public Optional<Verified> bySha256(String sha256, Locale language) {
        String hash = sha256.toLowerCase(Locale.ROOT);
        Optional<Verified> submission = filings.submissionBySha256(hash).map(s -> verified(s, null, language));
        if (submission.isPresent()) {
            return submission;
        }
        return filings.documentBySha256(hash).flatMap(document -> filings.submission(document.filingId())
                .map(s -> verified(s, document.kind(), language)));
    }

    /** A document someone holds, streamed and hashed: recognised only if it is byte for byte one we issued. */
    public Optional<Verified> byDocument(InputStream document, Locale language) {
        try {
            return filings.documentBySha256(HexFormat.of().formatHex(Sha256.of(document)))
                    .flatMap(issued -> filings.submission(issued.filingId()).map(s -> verified(s, issued.kind(), language)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Verified verified(Submission submission, IssuedDocument.Kind document, Locale language) {
        Filing filing = filings.filing(submission.filingId()).orElseThrow();
        return new Verified(submission.reference(), submission.sealedAt(), filing.form().definition().title(language),
                name(filing.form().authorityId()), name(filing.organisationId()), submission.sha256(),
                submission.verificationCode(), document == null ? null : document.name());
    }

    private String name(String organisationId) {
        return identities.organisation(organisationId).map(Organisation::name).orElse("");
    }

    /** What a receipt states, confirmed by the gateway; document says which issued PDF matched, if any. */
    public record Verified(String reference, Instant submittedAt, String form, String authority, String organisation,
                           String sha256, String verificationCode, String document) {
    }
}
