package eu.egov.gateway.shared.infrastructure;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import eu.egov.gateway.shared.domain.Sha256;
import eu.egov.gateway.shared.domain.StoredFile;
import eu.egov.gateway.shared.domain.ProblemType;
import eu.egov.gateway.shared.domain.Rejection;

/**
 * Files on disk. Uploads stream through, hashed and counted on the way, so no upload is ever held in
 * memory and an oversized one is cut off at the limit. A file may be stored transformed (a sealed bid
 * document is stored only as ciphertext), and a new file derived from a stored one (its opened copy).
 * A file written within a transaction that then rolls back is deleted: no row will ever name it, and
 * it may hold what must not lie around (an opened bid document of a tender whose opening failed); a file
 * deleted within one goes only once the transaction commits, since until then a row may still name it.
 */
@ApplicationScoped
public class FileStorage {

    /** Absent outside a container, where no transaction can roll back; package-private for tests. */
    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Writes what it reads from {@code in} to {@code out}, changed or not; leaves both open. */
    @FunctionalInterface
    public interface Transform {
        void apply(InputStream in, OutputStream out) throws IOException;
    }

    private static final Transform AS_IS = InputStream::transferTo;

    /** Stores the upload as it is; its type is recognised by its first bytes and must be allowed. */
    public StoredFile store(InputStream upload, long maxBytes, List<String> allowedTypes) {
        return store(upload, maxBytes, allowedTypes, AS_IS);
    }

    /**
     * Stores the upload as {@code encoding} turns it; the answer describes the upload (type, size,
     * SHA-256) under the key of what was stored. The type is checked before anything is written.
     */
    public StoredFile store(InputStream upload, long maxBytes, List<String> allowedTypes, Transform encoding) {
        try {
            byte[] head = upload.readNBytes(ContentType.HEAD_BYTES);
            String mediaType = ContentType.detect(head)
                    .filter(allowedTypes::contains)
                    .orElseThrow(() -> new Rejection(ProblemType.ATTACHMENT_TYPE_NOT_ALLOWED, String.join(", ", allowedTypes)));
            MeteredInput metered = new MeteredInput(new SequenceInputStream(new ByteArrayInputStream(head), upload), maxBytes);
            String key = write(out -> encoding.apply(metered, out));
            return new StoredFile(key, mediaType, metered.size, HexFormat.of().formatHex(metered.sha256.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new file made from a stored one by {@code decoding}; the answer describes the new file. */
    public StoredFile derive(String key, String mediaType, Transform decoding) {
        MessageDigest sha256 = Sha256.newDigest();
        String derived = write(out -> {
            try (InputStream in = open(key)) {
                decoding.apply(in, new DigestOutputStream(out, sha256));
            }
        });
        try {
            return new StoredFile(derived, mediaType, Files.size(directory().resolve(derived)),
                    HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps only the last path segment and printable characters: the name is shown, never used as a path. */
    public static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            return "attachment";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    public InputStream open(String key) {
        try {
            return Files.newInputStream(directory().resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes under a temporary name and moves the file into place only once it is complete. */
    private String write(Writer writer) {
        Path directory = directory();
        Path incoming = directory.resolve("incoming-" + UUID.randomUUID());
        try {
            try (OutputStream out = Files.newOutputStream(incoming)) {
                writer.writeTo(out);
            }
            String key = UUID.randomUUID().toString();
            Path stored = Files.move(incoming, directory.resolve(key), StandardCopyOption.ATOMIC_MOVE);
            deleteWhenTransactionEnds(stored, false);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(incoming);
        }
    }

    /** Deletes a stored file once the transaction that forgets it commits; at once outside a transaction. */
    public void delete(String key) {
        deleteWhenTransactionEnds(directory().resolve(key), true);
    }

    /**
     * Deletes the file when the transaction ends committed ({@code ifCommitted}) or not; outside a transaction
     * nothing will roll back, so a deletion on commit happens at once and the other never.
     */
    private void deleteWhenTransactionEnds(Path file, boolean ifCommitted) {
        if (transactions == null || transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            if (ifCommitted) {
                deleteQuietly(file);
            }
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if ((status == Status.STATUS_COMMITTED) == ifCommitted) {
                    deleteQuietly(file);
                }
            }
        });
    }

    private static Path directory() {
        Path directory = Settings.dataDirectory().resolve("attachments");
        try {
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover file holds no accepted data, and no row names it
        }
    }

    /** Counts and hashes what is read through it, and refuses to read past the limit. */
    private static final class MeteredInput extends FilterInputStream {

        private final long maxBytes;
        private final MessageDigest sha256 = Sha256.newDigest();
        private long size;

        MeteredInput(InputStream in, long maxBytes) {
            super(in);
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b != -1) {
                counted(1);
                sha256.update((byte) b);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                counted(read);
                sha256.update(buffer, offset, read);
            }
            return read;
        }

        private void counted(int read) {
            size += read;
            if (size > maxBytes) {
                throw Rejection.tooLarge(ProblemType.ATTACHMENT_TOO_LARGE, maxBytes);
            }
        }

        @Override
        public long skip(long n) {
            throw new UnsupportedOperationException("every byte of an upload is hashed");
        }
    }
}
