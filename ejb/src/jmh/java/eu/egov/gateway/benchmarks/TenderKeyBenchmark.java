package eu.egov.gateway.benchmarks;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import eu.egov.gateway.trust.application.BidSealing;
import eu.egov.gateway.trust.application.OpeningCredentials;
import eu.egov.gateway.trust.domain.OpeningCredential;
import eu.egov.gateway.trust.domain.TenderKeys;

/** The opening's fixed cost: two of three board members' passphrases (Argon2id each) rebuild the tender key. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class TenderKeyBenchmark {

    private final BidSealing sealing = new BidSealing();
    private Map<String, OpeningCredential> board;
    private TenderKeys keys;

    @Setup
    public void setUp() {
        OpeningCredentials credentials = new OpeningCredentials();
        board = new TreeMap<>();
        for (String member : new String[] {"olga", "omar", "odile"}) {
            board.put(member, credentials.create((member + " opens the bids").toCharArray()));
        }
        keys = sealing.createTenderKeys(board, 2);
    }

    @Benchmark
    public void openTwoOfThree() {
        sealing.open(keys, board, Map.of(
                "olga", "olga opens the bids".toCharArray(),
                "omar", "omar opens the bids".toCharArray())).close();
    }
}
