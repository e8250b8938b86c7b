package eu.egov.gateway.shared.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.egov.gateway.shared.domain.Sha256;
import eu.egov.gateway.shared.domain.StoredFile;
import eu.egov.gateway.shared.domain.ProblemType;
import eu.egov.gateway.shared.domain.Rejection;
import eu.egov.gateway.shared.infrastructure.Settings;

/**
 * Attachments on disk. Uploads stream through in chunks, hashed and counted on the way, so no
 * upload is ever held in memory and an oversized one is cut off at the limit.
 */
@ApplicationScoped
public class FileStorage {

    private static final int CHUNK = 64 * 1024;

    public StoredFile store(InputStream upload, long maxBytes, List<String> allowedTypes) {
        Path directory = directory();
        Path incoming = directory.resolve("incoming-" + UUID.randomUUID());
        try {
            MessageDigest sha256 = Sha256.newDigest();
            byte[] head = new byte[0];
            long size = 0;
            try (OutputStream out = Files.newOutputStream(incoming)) {
                byte[] buffer = new byte[CHUNK];
                int read;
                while ((read = upload.read(buffer)) != -1) {
                    size += read;
                    if (size > maxBytes) {
                        throw Rejection.tooLarge(ProblemType.ATTACHMENT_TOO_LARGE, maxBytes);
                    }
                    if (head.length < ContentType.HEAD_BYTES) {
                        head = ContentType.extendHead(head, buffer, read);
                    }
                    sha256.update(buffer, 0, read);
                    out.write(buffer, 0, read);
                }
            }
            String mediaType = ContentType.detect(head)
                    .filter(allowedTypes::contains)
                    .orElseThrow(() -> new Rejection(ProblemType.ATTACHMENT_TYPE_NOT_ALLOWED, String.join(", ", allowedTypes)));
            String key = UUID.randomUUID().toString();
            Files.move(incoming, directory.resolve(key), StandardCopyOption.ATOMIC_MOVE);
            return new StoredFile(key, mediaType, size, HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(incoming);
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
            // a leftover incoming file holds no accepted data; the next cleanup may take it
        }
    }
}
