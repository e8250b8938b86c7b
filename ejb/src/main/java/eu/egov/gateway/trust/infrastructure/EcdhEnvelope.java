package eu.egov.gateway.trust.infrastructure;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Set;

import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSAuthEnvelopedDataParser;
import org.bouncycastle.cms.CMSAuthEnvelopedDataStreamGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.KeyAgreeRecipientId;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKeyAgreeAuthEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JceKeyAgreeRecipientInfoGenerator;
import org.bouncycastle.operator.OutputAEADEncryptor;

/**
 * Encrypts to one EC P-256 public key as CMS AuthEnvelopedData (RFC 5083): a random AES-256-GCM content
 * key (RFC 5084), wrapped with AES-256 key wrap under a key agreed by ephemeral-static ECDH with the
 * X9.63 SHA-256 KDF (RFC 5753, dhSinglePass-stdDH-sha256kdf-scheme). {@code openssl cms -decrypt} reads it.
 * Streams in 64 KiB chunks, so memory stays the same whatever the size. Thread-safe: every message gets
 * its own generator or parser.
 */
public final class EcdhEnvelope {

    private static final int CHUNK = 64 * 1024;
    private static final int TAG_BITS = 128;

    private EcdhEnvelope() {
    }

    /** The content cannot be decrypted with the given key: sealed for another key, damaged or altered. */
    public static final class Unreadable extends GeneralSecurityException {

        Unreadable(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** Reads {@code clear} to its end and writes the envelope to {@code sealed}, which stays open. */
    public static void seal(InputStream clear, OutputStream sealed, PublicKey recipient, SecureRandom random) throws IOException {
        KeyPair ephemeral = P256.generate(random);
        CMSAuthEnvelopedDataStreamGenerator generator = new CMSAuthEnvelopedDataStreamGenerator();
        generator.setBufferSize(CHUNK);
        try {
            generator.addRecipientInfoGenerator(new JceKeyAgreeRecipientInfoGenerator(CMSAlgorithm.ECDH_SHA256KDF,
                    ephemeral.getPrivate(), ephemeral.getPublic(), CMSAlgorithm.AES256_WRAP)
                    .addRecipient(P256.keyId(recipient), recipient)
                    .setProvider(BouncyCastle.PROVIDER)
                    .setSecureRandom(random));
            // no provider given: the JDK's AES-GCM, first in the JCA's order, which encrypts 64 KiB chunks
            // more than ten times faster than Bouncy Castle's (DESIGN.md §4)
            OutputAEADEncryptor contentEncryptor = (OutputAEADEncryptor) new JceCMSContentEncryptorBuilder(CMSAlgorithm.AES256_GCM)
                    .setSecureRandom(random)
                    .build();
            // Bouncy Castle writes the envelope's headers a few bytes at a time
            BufferedOutputStream buffered = new BufferedOutputStream(sealed, CHUNK);
            OutputStream encrypting = generator.open(buffered, contentEncryptor);
            copy(clear, encrypting);
            // only once all of it is in: closing writes the tag, which would authenticate a truncated content
            encrypting.close();
            buffered.flush();
        } catch (CMSException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt to an EC P-256 key", e);
        }
    }

    /**
     * Decrypts the envelope read from {@code sealed} into {@code clear}. The clear bytes are written as they
     * are decrypted, before the GCM tag at the end is checked: they are the content only if this returns.
     *
     * @throws Unreadable  if the envelope is not for {@code recipient}, is malformed, or fails authentication
     * @throws IOException if reading {@code sealed} or writing {@code clear} fails
     */
    public static void open(InputStream sealed, OutputStream clear, KeyPair recipient) throws IOException, Unreadable {
        // Bouncy Castle parses the envelope's headers a few bytes at a time
        Source source = new Source(new BufferedInputStream(sealed, CHUNK));
        InputStream content = content(source, recipient.getPrivate(), P256.keyId(recipient.getPublic()));
        byte[] buffer = new byte[CHUNK];
        try {
            for (int read = source.readDecrypted(content, buffer); read >= 0; read = source.readDecrypted(content, buffer)) {
                clear.write(buffer, 0, read);
            }
        } finally {
            Arrays.fill(buffer, (byte) 0);
        }
    }

    private static InputStream content(Source source, PrivateKey recipient, byte[] keyId) throws IOException, Unreadable {
        try {
            RecipientInformation recipientInfo = new CMSAuthEnvelopedDataParser(source).getRecipientInfos()
                    .get(new KeyAgreeRecipientId(keyId));
            if (recipientInfo == null) {
                throw new Unreadable(new CMSException("No recipient with key identifier of the given key"));
            }
            // Bouncy Castle's AES-GCM for the content too: it releases clear bytes as it goes, where the
            // JDK's holds the whole ciphertext in memory until it has checked the tag
            return recipientInfo.getContentStream(new JceKeyAgreeAuthEnvelopedRecipient(recipient)
                    .setProvider(BouncyCastle.PROVIDER)
                    .setAllowedContentAlgorithms(Set.of(CMSAlgorithm.AES256_GCM))
                    .setMinimumTagSize(TAG_BITS)).getContentStream();
        } catch (CMSException | IOException | RuntimeException e) {
            throw source.blame(e);
        }
    }

    private static void copy(InputStream from, OutputStream to) throws IOException {
        byte[] buffer = new byte[CHUNK];
        try {
            for (int read = from.read(buffer); read >= 0; read = from.read(buffer)) {
                to.write(buffer, 0, read);
            }
        } finally {
            Arrays.fill(buffer, (byte) 0);
        }
    }

    /**
     * The sealed bytes, remembering whether reading them failed: Bouncy Castle reports a malformed or
     * unauthentic envelope as an IOException too, and only those make the envelope unreadable.
     */
    private static final class Source extends FilterInputStream {

        private IOException failure;

        Source(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }

        /** Reads decrypted content, telling a failure of the sealed stream from a fault in its bytes. */
        int readDecrypted(InputStream content, byte[] buffer) throws IOException, Unreadable {
            try {
                return content.read(buffer);
            } catch (IOException | RuntimeException e) {
                throw blame(e);
            }
        }

        private Unreadable blame(Exception e) throws IOException {
            if (failure != null) {
                throw failure;
            }
            return new Unreadable(e);
        }
    }
}
