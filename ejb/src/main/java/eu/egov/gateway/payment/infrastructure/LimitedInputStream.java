package eu.egov.gateway.payment.infrastructure;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads at most a number of bytes, and says whether the source had more: the parser then stops short. */
final class LimitedInputStream extends FilterInputStream {

    private long remaining;
    private boolean exceeded;

    LimitedInputStream(InputStream in, long maxBytes) {
        super(in);
        this.remaining = maxBytes;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, (int) Math.min(length, remaining + 1));
        if (read > 0) {
            remaining -= read;
            if (remaining < 0) {
                exceeded = true;
                throw new IOException("more than the limit");
            }
        }
        return read;
    }

    @Override
    public long skip(long n) throws IOException {
        return read(new byte[(int) Math.min(n, 8192)]);
    }

    boolean exceeded() {
        return exceeded;
    }
}
