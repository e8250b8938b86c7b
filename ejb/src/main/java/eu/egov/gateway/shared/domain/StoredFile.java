package eu.egov.gateway.shared.domain;

/** A file that file storage holds: its key there, its detected type, size and SHA-256. */
public record StoredFile(String key, String mediaType, long size, String sha256) {
}
