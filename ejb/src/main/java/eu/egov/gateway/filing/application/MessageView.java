package eu.egov.gateway.filing.application;

import java.time.Instant;
import java.util.List;

import eu.egov.gateway.filing.domain.MessageAttachment;

/**
 * A message as both sides read it: which side wrote it, who and for which organisation, and when the other
 * side first read it (null until then).
 */
public record MessageView(String id, String side, String author, String organisation, String text, Instant sentAt,
                          Instant readAt, List<AttachmentView> attachments) {

    /** A file sent with a message, or uploaded to be sent: its name, type, size and SHA-256. */
    public record AttachmentView(String id, String fileName, String mediaType, long size, String sha256,
                                 Instant uploadedAt) {

        static AttachmentView of(MessageAttachment attachment) {
            return new AttachmentView(attachment.id(), attachment.fileName(), attachment.mediaType(), attachment.size(),
                    attachment.sha256(), attachment.uploadedAt());
        }
    }
}
