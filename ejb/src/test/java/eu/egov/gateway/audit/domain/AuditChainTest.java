package eu.egov.gateway.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class AuditChainTest {

    private final AuditChain chain = AuditChain.genesis();

    @Test
    void eachEventHashesItsPredecessor() {
        AuditEvent first = chain.append(Instant.EPOCH, "amelie", "filing.submitted", "f1", "FIL-1");
        AuditEvent second = chain.append(Instant.EPOCH, "claire", "case.claimed", "f1", "FIL-1");

        assertThat(first.sequence()).isEqualTo(1);
        assertThat(first.previousHash()).isEqualTo(AuditChain.GENESIS);
        assertThat(second.sequence()).isEqualTo(2);
        assertThat(second.previousHash()).isEqualTo(first.hash());
        assertThat(chain.lastSequence()).isEqualTo(2);
    }

    @Test
    void anEditedEventNoLongerMatchesItsHash() throws ReflectiveOperationException {
        AuditEvent event = chain.append(Instant.EPOCH, "claire", "case.decided", "f1", "FIL-1 APPROVED");
        assertThat(event.computeHash()).isEqualTo(event.hash());

        Field details = AuditEvent.class.getDeclaredField("details");
        details.setAccessible(true);
        details.set(event, "FIL-1 REJECTED");

        assertThat(event.computeHash()).isNotEqualTo(event.hash());
    }
}
