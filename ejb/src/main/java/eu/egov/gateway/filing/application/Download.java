package eu.egov.gateway.filing.application;

import java.io.InputStream;

/** A file to send to a caller: its name, type and content. */
public record Download(String fileName, String mediaType, long size, InputStream content) {
}
