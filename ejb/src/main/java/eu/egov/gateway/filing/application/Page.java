package eu.egov.gateway.filing.application;

import java.util.List;

/** One page of a longer list. */
public record Page<T>(List<T> items, int offset, int limit, long total) {
}
