package eu.egov.gateway.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import eu.egov.gateway.trust.application.BidSealing;
import eu.egov.gateway.trust.application.OpenedTender;
import eu.egov.gateway.trust.application.OpeningCredentials;
import eu.egov.gateway.trust.domain.OpeningCredential;
import eu.egov.gateway.trust.domain.TenderKeys;

/**
 * A bid's sealing to the tender's key as it arrives (CMS AuthEnvelopedData, ECDH P-256, AES-256-GCM)
 * and its opening, for a small bid and a 5 MiB offer.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BidSealingBenchmark {

    @Param({"2048", "5242880"})
    public int bidBytes;

    private final BidSealing sealing = new BidSealing();
    private Map<String, OpeningCredential> board;
    private TenderKeys keys;
    private OpenedTender opened;
    private byte[] bid;
    private byte[] sealed;

    @Setup
    public void setUp() throws IOException {
        OpeningCredentials credentials = new OpeningCredentials();
        board = new TreeMap<>();
        for (String member : new String[] {"olga", "omar", "odile"}) {
            board.put(member, credentials.create((member + " opens the bids").toCharArray()));
        }
        keys = sealing.createTenderKeys(board, 2);
        opened = openTender();
        bid = new byte[bidBytes];
        new Random(6).nextBytes(bid);
        ByteArrayOutputStream out = new ByteArrayOutputStream(bidBytes + 4096);
        sealing.seal(new ByteArrayInputStream(bid), out, keys.publicKey());
        sealed = out.toByteArray();
    }

    @TearDown(Level.Trial)
    public void close() {
        opened.close();
    }

    @Benchmark
    public void seal() throws IOException {
        sealing.seal(new ByteArrayInputStream(bid), OutputStream.nullOutputStream(), keys.publicKey());
    }

    @Benchmark
    public void open() throws IOException {
        opened.open(new ByteArrayInputStream(sealed), OutputStream.nullOutputStream());
    }

    private OpenedTender openTender() {
        return sealing.open(keys, board, Map.of(
                "olga", "olga opens the bids".toCharArray(),
                "omar", "omar opens the bids".toCharArray()));
    }
}
