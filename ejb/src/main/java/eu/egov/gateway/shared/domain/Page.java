package eu.egov.gateway.shared.domain;

import java.util.List;

/** One page of a longer list. */
public record Page<T>(List<T> items, int offset, int limit, long total) {
}
