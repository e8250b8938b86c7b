package eu.egov.gateway.shared.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.json.JsonObject;

import org.erdtman.jcs.JsonCanonicalizer;

/**
 * The JSON Canonicalization Scheme (RFC 8785): the one byte form of a JSON document that anyone
 * can recompute, so that a hash or a seal over it can be checked by others.
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    public static byte[] of(JsonObject document) {
        try {
            return new JsonCanonicalizer(document.toString()).getEncodedUTF8();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
