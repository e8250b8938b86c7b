package eu.egov.gateway.trust.infrastructure;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.function.Function;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSAbsentContent;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import eu.egov.gateway.shared.domain.Sha256;
import eu.egov.gateway.trust.domain.TimeStamp;

/**
 * Detached CMS signatures (CAdES baseline) over a SHA-256 digest the caller has already computed with the
 * JDK, so the signed bytes are hashed exactly once. Thread-safe: the Bouncy Castle generators keep
 * per-signature state, so each signature gets fresh ones.
 */
public final class DetachedCmsSigner {

    private final SigningKey key;
    private final JcaX509CertificateHolder certificate;
    private final JcaCertStore chain;
    private final DigestCalculatorProvider digests;
    private final Attribute signingCertificate;

    public DetachedCmsSigner(SigningKey key) {
        try {
            this.key = key;
            this.certificate = new JcaX509CertificateHolder(key.certificate());
            this.chain = new JcaCertStore(key.chain());
            this.digests = new JcaDigestCalculatorProviderBuilder().build();
            this.signingCertificate = signingCertificateV2(key.certificate());
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Unusable seal certificate", e);
        }
    }

    /** CAdES-B: the seal of a submission, claiming the given signing time. */
    public byte[] seal(byte[] sha256, Instant signingTime) {
        Attribute time = new Attribute(CMSAttributes.signingTime, new DERSet(new Time(Date.from(signingTime))));
        return sign(parameters -> signedAttributes(sha256, time), null);
    }

    /**
     * PAdES baseline B-T: no signing time (the PDF's M entry claims it), but a signature time-stamp over
     * the signature value, which proves the signature existed at the token's time.
     */
    public byte[] signTimeStamped(byte[] sha256, Function<byte[], TimeStamp> timeStamps) {
        return sign(parameters -> signedAttributes(sha256),
                parameters -> signatureTimeStamp(timeStamps.apply(
                        Sha256.of((byte[]) parameters.get(CMSAttributeTableGenerator.SIGNATURE)))));
    }

    private byte[] sign(CMSAttributeTableGenerator signedAttributes, CMSAttributeTableGenerator unsignedAttributes) {
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(digests)
                    .setSignedAttributeGenerator(signedAttributes)
                    .setUnsignedAttributeGenerator(unsignedAttributes)
                    .build(new JcaContentSignerBuilder(key.signatureAlgorithm()).setProvider(BouncyCastle.PROVIDER).build(key.privateKey()),
                            certificate));
            generator.addCertificates(chain);
            // absent content: the message digest attribute already carries the caller's digest
            return generator.generate(new CMSAbsentContent(), false).getEncoded(ASN1Encoding.DER);
        } catch (OperatorCreationException | CMSException | IOException e) {
            throw new IllegalStateException("Signing with the seal key failed", e);
        }
    }

    private AttributeTable signedAttributes(byte[] sha256, Attribute... more) {
        ASN1EncodableVector attributes = new ASN1EncodableVector();
        attributes.add(new Attribute(CMSAttributes.contentType, new DERSet(PKCSObjectIdentifiers.data)));
        attributes.add(new Attribute(CMSAttributes.messageDigest, new DERSet(new DEROctetString(sha256))));
        attributes.addAll(more);
        attributes.add(signingCertificate);
        return new AttributeTable(attributes);
    }

    private static AttributeTable signatureTimeStamp(TimeStamp timeStamp) {
        ASN1Encodable token = ContentInfo.getInstance(timeStamp.token());
        return new AttributeTable(new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken, new DERSet(token)));
    }

    /** ESS signing-certificate-v2 (RFC 5035): binds the signature to the seal certificate, not just its key. */
    private static Attribute signingCertificateV2(X509Certificate certificate) throws GeneralSecurityException {
        byte[] hash = Sha256.of(certificate.getEncoded());
        IssuerSerial issuerSerial = new IssuerSerial(
                new GeneralNames(new GeneralName(X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))),
                certificate.getSerialNumber());
        return new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2(hash, issuerSerial))));
    }
}
