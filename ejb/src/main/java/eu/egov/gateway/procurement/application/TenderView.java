package eu.egov.gateway.procurement.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.json.JsonObject;

/**
 * A call for tenders in the reader's language. The public sees it once published; the authority's
 * officers also get the draft as they wrote it (draft), to edit it.
 */
public record TenderView(String id, String reference, String status, String authority, String title,
                         String description, String procedure, Instant questionsDeadline, Instant submissionDeadline,
                         Instant publishedAt, List<LotView> lots, List<FileView> documents,
                         List<CorrigendumView> corrigenda, long version, JsonObject draft) {

    public record FileView(String id, String fileName, String mediaType, long size, String sha256) {
    }

    public record CorrigendumView(int number, String summary, Instant previousDeadline, Instant submissionDeadline,
                                  Instant publishedAt) {
    }

    public record LotView(int number, String title, List<CpvView> cpv, BigDecimal estimatedValue, String currency,
                          List<CriterionView> criteria) {
    }

    public record CpvView(String code, String label) {
    }

    public record CriterionView(String name, String kind, int weight) {
    }
}
