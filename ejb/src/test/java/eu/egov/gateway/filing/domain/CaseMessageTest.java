package eu.egov.gateway.filing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import eu.egov.gateway.shared.domain.ProblemType;
import eu.egov.gateway.shared.domain.Rejection;
import eu.egov.gateway.shared.domain.StoredFile;

class CaseMessageTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final String DEFINITION = """
            {"code": "f", "version": 1, "title": {"en": "F"}, "schema": {}, "ui": {"fields": []}, "attachments": []}""";
    private static final StoredFile PDF = new StoredFile("key", "application/pdf", 1234, "ab".repeat(32));

    private final Filing filing = new Filing(new Form("authority", DEFINITION), "firm", "amelie", null, "{}", NOW);

    @Test
    void nothingIsWrittenOrUploadedAboutADraft() {
        assertThatThrownBy(() -> new CaseMessage(filing, Side.FIRM, "amelie", "Hello", null, NOW))
                .isInstanceOfSatisfying(Rejection.class, r -> assertThat(r.type()).isEqualTo(ProblemType.FILING_NOT_SUBMITTED));
        assertThatThrownBy(() -> new MessageAttachment(filing, "amelie", "plan.pdf", PDF, NOW))
                .isInstanceOfSatisfying(Rejection.class, r -> assertThat(r.type()).isEqualTo(ProblemType.FILING_NOT_SUBMITTED));
    }

    @Test
    void onlyTheOtherSideReadingAMessageCountsAndOnlyTheFirstTime() {
        submit();
        CaseMessage message = new CaseMessage(filing, Side.FIRM, "amelie", "Hello", null, NOW);

        message.readBy(Side.FIRM, NOW.plusSeconds(10));
        assertThat(message.readAt()).as("read by its own side").isNull();
        message.readBy(Side.AUTHORITY, NOW.plusSeconds(20));
        message.readBy(Side.AUTHORITY, NOW.plusSeconds(30));

        assertThat(message.readAt()).isEqualTo(NOW.plusSeconds(20));
    }

    @Test
    void aFileGoesOutOnceWithAMessageOfItsUploaderAndIsThenReadableByBothSides() {
        submit();
        MessageAttachment file = new MessageAttachment(filing, "amelie", "plan.pdf", PDF, NOW);
        assertThat(file.canBeSentBy("claire", filing.id())).as("another user's upload").isFalse();
        assertThat(file.canBeSentBy("amelie", "another filing")).isFalse();
        assertThat(file.isReadableBy("claire", filing.id())).as("not sent yet").isFalse();
        assertThat(file.isReadableBy("amelie", filing.id())).isTrue();

        CaseMessage message = new CaseMessage(filing, Side.FIRM, "amelie", "The plan", null, NOW);
        file.sendWith(message);

        assertThat(file.messageId()).isEqualTo(message.id());
        assertThat(file.isReadableBy("claire", filing.id())).isTrue();
        assertThat(file.isReadableBy("claire", "another filing")).isFalse();
        assertThat(file.canBeSentBy("amelie", filing.id())).as("sent already").isFalse();
        CaseMessage another = new CaseMessage(filing, Side.FIRM, "amelie", "Again", null, NOW);
        assertThatThrownBy(() -> file.sendWith(another)).isInstanceOf(IllegalStateException.class);
    }

    private void submit() {
        filing.submit("FIL-2026-AAAA-BBBB", NOW, "amelie", Locale.FRENCH, false);
    }
}
