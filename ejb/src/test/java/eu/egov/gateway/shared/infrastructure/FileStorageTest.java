package eu.egov.gateway.shared.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eu.egov.gateway.shared.domain.ProblemType;
import eu.egov.gateway.shared.domain.Rejection;
import eu.egov.gateway.shared.domain.Sha256;
import eu.egov.gateway.shared.domain.StoredFile;

class FileStorageTest {

    private static final byte[] PDF = "%PDF-1.7\nthe offer itself\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final List<String> PDF_ONLY = List.of("application/pdf");

    /** Stands in for a cipher: what it writes shares no byte sequence with what it reads. */
    private static final FileStorage.Transform REVERSED = (in, out) -> {
        byte[] all = in.readAllBytes();
        for (int i = all.length - 1; i >= 0; i--) {
            out.write(all[i]);
        }
    };

    @TempDir
    Path data;

    private final FileStorage storage = new FileStorage();

    @BeforeEach
    void useTemporaryDataDirectory() {
        System.setProperty("gateway.data.dir", data.toString());
    }

    @AfterEach
    void forgetIt() {
        System.clearProperty("gateway.data.dir");
    }

    @Test
    void describesTheUploadButKeepsOnlyWhatTheEncodingWrote() throws IOException {
        StoredFile stored = storage.store(new ByteArrayInputStream(PDF), 1000, PDF_ONLY, REVERSED);

        assertThat(stored.mediaType()).isEqualTo("application/pdf");
        assertThat(stored.size()).isEqualTo(PDF.length);
        assertThat(stored.sha256()).isEqualTo(Sha256.hex(PDF));
        assertThat(read(stored.key())).isNotEqualTo(PDF).hasSize(PDF.length);
        assertThat(new String(read(stored.key()), StandardCharsets.US_ASCII)).doesNotContain("the offer");
    }

    @Test
    void derivesADecodedCopyDescribedByItsOwnHash() throws IOException {
        StoredFile sealed = storage.store(new ByteArrayInputStream(PDF), 1000, PDF_ONLY, REVERSED);

        StoredFile opened = storage.derive(sealed.key(), "application/pdf", REVERSED);

        assertThat(read(opened.key())).isEqualTo(PDF);
        assertThat(opened.sha256()).isEqualTo(sealed.sha256());
        assertThat(opened.size()).isEqualTo(PDF.length);
    }

    @Test
    void refusesAnOversizedUploadAndKeepsNothingOfIt() {
        assertThatThrownBy(() -> storage.store(new ByteArrayInputStream(PDF), PDF.length - 1, PDF_ONLY, REVERSED))
                .isInstanceOfSatisfying(Rejection.class, r -> assertThat(r.type()).isEqualTo(ProblemType.ATTACHMENT_TOO_LARGE));
        assertThat(data.resolve("attachments").toFile().list()).isEmpty();
    }

    @Test
    void refusesAnotherTypeBeforeWritingAnything() {
        InputStream html = new ByteArrayInputStream("<html>%PDF-".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> storage.store(html, 1000, PDF_ONLY))
                .isInstanceOfSatisfying(Rejection.class, r -> assertThat(r.type()).isEqualTo(ProblemType.ATTACHMENT_TYPE_NOT_ALLOWED));
        assertThat(data.resolve("attachments").toFile().list()).isNullOrEmpty();
    }

    @Test
    void aFileWrittenInATransactionThatRollsBackIsDeleted() {
        OneTransaction transaction = new OneTransaction();
        storage.transactions = transaction;

        StoredFile kept = storage.store(new ByteArrayInputStream(PDF), 1000, PDF_ONLY);
        transaction.end(Status.STATUS_COMMITTED);
        StoredFile dropped = storage.store(new ByteArrayInputStream(PDF), 1000, PDF_ONLY);
        transaction.end(Status.STATUS_ROLLEDBACK);

        assertThat(data.resolve("attachments").resolve(kept.key())).exists();
        assertThat(data.resolve("attachments").resolve(dropped.key())).doesNotExist();
    }

    @Test
    void aFileDeletedInATransactionGoesOnlyOnceItCommits() {
        OneTransaction transaction = new OneTransaction();
        storage.transactions = transaction;
        StoredFile kept = storage.store(new ByteArrayInputStream(PDF), 1000, PDF_ONLY);
        StoredFile deleted = storage.store(new ByteArrayInputStream(PDF), 1000, PDF_ONLY);
        transaction.end(Status.STATUS_COMMITTED);

        storage.delete(kept.key());
        transaction.end(Status.STATUS_ROLLEDBACK);
        storage.delete(deleted.key());
        assertThat(data.resolve("attachments").resolve(deleted.key())).as("until the commit").exists();
        transaction.end(Status.STATUS_COMMITTED);

        assertThat(data.resolve("attachments").resolve(kept.key())).exists();
        assertThat(data.resolve("attachments").resolve(deleted.key())).doesNotExist();
    }

    /** A transaction that is active until the test ends it. */
    private static final class OneTransaction implements TransactionSynchronizationRegistry {

        private final List<Synchronization> synchronizations = new ArrayList<>();

        void end(int status) {
            synchronizations.forEach(synchronization -> synchronization.afterCompletion(status));
            synchronizations.clear();
        }

        @Override
        public int getTransactionStatus() {
            return Status.STATUS_ACTIVE;
        }

        @Override
        public void registerInterposedSynchronization(Synchronization synchronization) {
            synchronizations.add(synchronization);
        }

        @Override
        public Object getTransactionKey() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void putResource(Object key, Object value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Object getResource(Object key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setRollbackOnly() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean getRollbackOnly() {
            throw new UnsupportedOperationException();
        }
    }

    private byte[] read(String key) throws IOException {
        try (InputStream in = storage.open(key)) {
            return in.readAllBytes();
        }
    }
}
