package eu.egov.gateway.trust.infrastructure;

import java.io.IOException;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.util.Date;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

import eu.egov.gateway.trust.domain.TimeStamp;

/**
 * The gateway's own RFC 3161 time-stamping authority, answering in-process instead of over HTTP.
 * Thread-safe: Bouncy Castle's generators keep per-signature state, so each token gets fresh ones.
 */
public final class LocalTimeStampAuthority {

    /** ETSI EN 319 421 best-practices time-stamp policy. */
    private static final ASN1ObjectIdentifier POLICY = new ASN1ObjectIdentifier("0.4.0.2023.1.1");
    private static final AlgorithmIdentifier SHA256 = new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256);
    private static final int SERIAL_NUMBER_BITS = 127;

    private final SigningKey key;
    private final JcaX509CertificateHolder certificate;
    private final JcaCertStore chain;
    private final DigestCalculatorProvider digests;
    private final SecureRandom random = new SecureRandom();

    public LocalTimeStampAuthority(SigningKey key) {
        try {
            this.key = key;
            this.certificate = new JcaX509CertificateHolder(key.certificate());
            this.chain = new JcaCertStore(key.chain());
            this.digests = new JcaDigestCalculatorProviderBuilder().build();
        } catch (CertificateEncodingException | OperatorCreationException e) {
            throw new IllegalStateException("Unusable time-stamping certificate", e);
        }
    }

    /** A token whose message imprint is the given SHA-256 digest. */
    public TimeStamp stamp(byte[] sha256) {
        try {
            TimeStampTokenGenerator generator = new TimeStampTokenGenerator(
                    new JcaSignerInfoGeneratorBuilder(digests).build(
                            new JcaContentSignerBuilder(key.signatureAlgorithm()).setProvider(BouncyCastle.PROVIDER).build(key.privateKey()),
                            certificate),
                    digests.get(SHA256), POLICY);
            generator.addCertificates(chain);
            generator.setAccuracySeconds(1);
            // milliseconds keep the order of submissions that arrive within the same second
            generator.setResolution(TimeStampTokenGenerator.R_MILLISECONDS);
            TimeStampRequest request = new TimeStampRequestGenerator().generate(TSPAlgorithms.SHA256, sha256);
            TimeStampToken token = generator.generate(request, new BigInteger(SERIAL_NUMBER_BITS, random), new Date());
            return new TimeStamp(token.getEncoded(ASN1Encoding.DER), token.getTimeStampInfo().getGenTime().toInstant());
        } catch (OperatorCreationException | TSPException | IOException e) {
            throw new IllegalStateException("The local TSA could not issue a time-stamp", e);
        }
    }
}
