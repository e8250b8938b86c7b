package eu.egov.gateway.trust.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.GregorianCalendar;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;

import eu.egov.gateway.shared.domain.Sha256;

/**
 * PAdES baseline B-T signatures: an invisible ETSI.CAdES.detached signature, added as an incremental
 * update so that the signed revision keeps its PDF/A conformance.
 */
public final class PadesSigner {

    private final DetachedCmsSigner signer;
    private final LocalTimeStampAuthority timeStampAuthority;

    public PadesSigner(DetachedCmsSigner signer, LocalTimeStampAuthority timeStampAuthority) {
        this.signer = signer;
        this.timeStampAuthority = timeStampAuthority;
    }

    public byte[] sign(byte[] pdf, String reason) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setReason(reason);
            signature.setSignDate(GregorianCalendar.from(ZonedDateTime.now(ZoneOffset.UTC)));
            document.addSignature(signature,
                    signedRanges -> signer.signTimeStamped(Sha256.of(signedRanges), timeStampAuthority::stamp));
            ByteArrayOutputStream signed = new ByteArrayOutputStream(pdf.length + 32 * 1024);
            document.saveIncremental(signed);
            return signed.toByteArray();
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot sign this PDF: " + e.getMessage(), e);
        }
    }
}
