package eu.egov.gateway.trust.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.KeyPair;

import eu.egov.gateway.trust.domain.UnreadableBid;
import eu.egov.gateway.trust.infrastructure.EcdhEnvelope;

/**
 * A tender whose opening board has put its private key back together: it decrypts the tender's sealed bids
 * until closed. Close it as soon as the bids are open. Thread-safe: bids can be opened concurrently.
 */
public final class OpenedTender implements AutoCloseable {

    private volatile KeyPair key;

    OpenedTender(KeyPair key) {
        this.key = key;
    }

    /**
     * Decrypts a sealed bid, streaming, in constant memory. The bid's bytes are written to {@code clear} as
     * they are decrypted and authenticated only at the end: unless this returns normally, discard what was
     * written. Neither stream is closed.
     *
     * @throws UnreadableBid         if the bid was not sealed for this tender, or was damaged or altered
     * @throws IOException           if reading {@code sealed} or writing {@code clear} fails
     * @throws IllegalStateException once closed
     */
    public void open(InputStream sealed, OutputStream clear) throws IOException {
        KeyPair opening = key;
        if (opening == null) {
            throw new IllegalStateException("The opened tender is closed");
        }
        try {
            EcdhEnvelope.open(sealed, clear, opening);
        } catch (EcdhEnvelope.Unreadable e) {
            throw new UnreadableBid(e);
        }
    }

    /**
     * Forgets the private key. It cannot be wiped: both Bouncy Castle and the JDK hold an EC private key as an
     * immutable BigInteger, so it lingers in memory until the garbage collector reuses it.
     */
    @Override
    public void close() {
        key = null;
    }
}
