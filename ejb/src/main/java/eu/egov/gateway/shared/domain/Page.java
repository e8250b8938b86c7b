package eu.egov.gateway.shared.domain;

import java.util.List;

/** One page of a longer list. */
public record Page<T>(List<T> items, int offset, int limit, long total) {

    /** The most items one page holds, whatever a client asks for. */
    public static final int MAX_LIMIT = 100;

    /** Where a page may start: not before the first item. */
    public static int offset(int asked) {
        return Math.max(0, asked);
    }

    /** How many items a page may hold: at least one, at most {@link #MAX_LIMIT}. */
    public static int limit(int asked) {
        return Math.max(1, Math.min(asked, MAX_LIMIT));
    }
}
