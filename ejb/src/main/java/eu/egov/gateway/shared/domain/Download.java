package eu.egov.gateway.shared.domain;

import java.io.InputStream;

/** A file to send to a caller: its name, type and content. */
public record Download(String fileName, String mediaType, long size, InputStream content) {
}
