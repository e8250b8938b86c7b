package eu.egov.gateway.filing.infrastructure;

import static eu.egov.gateway.shared.domain.Jsonp.JSON;

import java.io.StringReader;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;

import eu.egov.gateway.filing.domain.Attachment;
import eu.egov.gateway.filing.domain.Filing;
import eu.egov.gateway.shared.infrastructure.CanonicalJson;

/**
 * What a submission is, reduced to bytes that anyone can recompute: the JSON Canonicalization
 * Scheme (RFC 8785) of the reference, the firm, the form, the data and each attachment's SHA-256; for a filing an
 * intermediary made, also that firm and the mandate it filed under.
 * This is what the seal signs and the time-stamp covers.
 */
public final class CanonicalForm {

    private CanonicalForm() {
    }

    public static byte[] of(Filing filing, String reference, String submittedBy) {
        JsonArrayBuilder attachments = JSON.createArrayBuilder();
        for (Attachment attachment : filing.attachments()) {
            attachments.add(JSON.createObjectBuilder()
                    .add("slot", attachment.slot())
                    .add("fileName", attachment.fileName())
                    .add("mediaType", attachment.mediaType())
                    .add("size", attachment.size())
                    .add("sha256", attachment.sha256()));
        }
        JsonObjectBuilder submission = JSON.createObjectBuilder()
                .add("reference", reference)
                .add("organisation", filing.organisationId())
                .add("submittedBy", submittedBy)
                .add("form", JSON.createObjectBuilder()
                        .add("code", filing.form().code())
                        .add("version", filing.form().version())
                        .add("authority", filing.form().authorityId()))
                .add("data", parse(filing.data()))
                .add("attachments", attachments);
        if (filing.isRepresented()) {
            submission.add("onBehalf", JSON.createObjectBuilder()
                    .add("agent", filing.agentId())
                    .add("mandate", filing.mandateReference()));
        }
        return CanonicalJson.of(submission.build());
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
