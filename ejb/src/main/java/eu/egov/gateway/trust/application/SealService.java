package eu.egov.gateway.trust.application;

import java.util.HexFormat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.egov.gateway.shared.domain.Sha256;
import eu.egov.gateway.trust.domain.SubmissionProof;
import eu.egov.gateway.trust.domain.TimeStamp;
import eu.egov.gateway.trust.infrastructure.DetachedCmsSigner;
import eu.egov.gateway.trust.infrastructure.LocalTimeStampAuthority;
import eu.egov.gateway.trust.infrastructure.PadesSigner;
import eu.egov.gateway.trust.infrastructure.Pem;
import eu.egov.gateway.trust.infrastructure.TrustMaterial;

/**
 * Seals submissions and signs the PDFs the gateway issues, with the gateway's seal key and its own
 * time-stamping authority. Thread-safe.
 */
@ApplicationScoped
public class SealService {

    private DetachedCmsSigner signer;
    private LocalTimeStampAuthority timeStampAuthority;
    private PadesSigner pdfSigner;
    private String caCertificatePem;
    private String sealCertificatePem;
    private String timeStampCertificatePem;

    /** For the container's client proxy only. */
    protected SealService() {
    }

    @Inject
    public SealService(TrustMaterial trust) {
        signer = new DetachedCmsSigner(trust.seal());
        timeStampAuthority = new LocalTimeStampAuthority(trust.timeStamping());
        pdfSigner = new PadesSigner(signer, timeStampAuthority);
        caCertificatePem = Pem.certificate(trust.certificateAuthority());
        sealCertificatePem = Pem.certificate(trust.seal().certificate());
        timeStampCertificatePem = Pem.certificate(trust.timeStamping().certificate());
    }

    /**
     * Time-stamps and seals a submission's canonical form. The seal claims the time-stamp's time as its
     * signing time, so both tell the same time.
     */
    public SubmissionProof seal(byte[] canonicalForm) {
        byte[] sha256 = Sha256.of(canonicalForm);
        TimeStamp timeStamp = timeStampAuthority.stamp(sha256);
        byte[] seal = signer.seal(sha256, timeStamp.time());
        return new SubmissionProof(HexFormat.of().formatHex(sha256), seal, timeStamp.token(), timeStamp.time());
    }

    /**
     * PAdES: signs a PDF (produced by FOP, PDF/A-2b) with the seal key; returns the signed PDF bytes.
     *
     * @throws IllegalArgumentException if {@code pdf} cannot be read as a PDF
     */
    public byte[] signPdf(byte[] pdf, String reason) {
        return pdfSigner.sign(pdf, reason);
    }

    /** The CA certificate, PEM. */
    public String caCertificatePem() {
        return caCertificatePem;
    }

    /** The seal certificate, PEM. */
    public String sealCertificatePem() {
        return sealCertificatePem;
    }

    /** The TSA certificate, PEM. */
    public String timeStampCertificatePem() {
        return timeStampCertificatePem;
    }
}
