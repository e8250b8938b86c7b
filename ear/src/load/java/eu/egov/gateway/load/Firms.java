package eu.egov.gateway.load;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The benchmark's firms, seeded by benchmarks/seed-firms.sql: firm001 … firmNNN, each with one
 * user of the same name who is applicant and bidder, signing in with the demo password of amelie
 * (the seed copies her password hash rather than hashing one per firm).
 */
final class Firms {

    static final String PASSWORD = "amelie-demo";

    private Firms() {
    }

    static String username(int index) {
        return String.format("firm%03d", index + 1);
    }

    /** Signs {@code count} firms' users in, a few at a time (each sign-in costs an Argon2id hash). */
    static List<Gateway> signIn(String base, int count, int connectionsEach) {
        Gateway[] signedIn = new Gateway[count];
        Parallel.forEach(IntStream.range(0, count).boxed().toList(), 4,
                index -> signedIn[index] = Gateway.signedIn(base, username(index), PASSWORD, connectionsEach));
        return List.of(signedIn);
    }
}
