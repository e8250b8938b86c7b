package eu.egov.gateway.web.api;

import static eu.egov.gateway.shared.domain.Jsonp.JSON;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.stream.JsonGenerator;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import eu.egov.gateway.filing.application.ExportPeriod;
import eu.egov.gateway.filing.application.ExportedFiling;
import eu.egov.gateway.filing.application.FilingExport;
import eu.egov.gateway.identity.domain.Caller;
import eu.egov.gateway.shared.domain.FieldViolation;
import eu.egov.gateway.shared.domain.ProblemType;
import eu.egov.gateway.shared.domain.Rejection;
import eu.egov.gateway.web.security.CurrentCaller;

/**
 * The authority's filings for its back-office, as CSV (UTF-8, RFC 4180, a header line) or as a JSON array:
 * streamed page by page, so that the export is never built whole in memory. The first page is read before the
 * answer starts, so that a refusal is still a problem rather than a broken download.
 */
@Path("cases/export")
@RequestScoped
public class CaseExportResource {

    private static final List<String> COLUMNS = List.of("reference", "formCode", "formVersion", "firm", "firmCountry",
            "firmRegistration", "status", "submittedAt", "decidedAt", "outcome", "intermediary", "mandate");

    @Inject
    private FilingExport export;

    @Inject
    private CurrentCaller current;

    @GET
    public Response export(@QueryParam("format") @DefaultValue("csv") String format, @QueryParam("from") String from,
                           @QueryParam("to") String to) {
        Caller caller = current.require();
        ExportPeriod period = export.period(caller, from, to);
        boolean csv = switch (format) {
            case "csv" -> true;
            case "json" -> false;
            default -> throw new Rejection(ProblemType.VALIDATION_FAILED,
                    List.of(new FieldViolation("/format", "format", "csv | json")));
        };
        List<ExportedFiling> first = export.page(caller, period, null);
        StreamingOutput body = out -> {
            List<ExportedFiling> page = first;
            try (Lines lines = csv ? new CsvLines(out) : new JsonLines(out)) {
                while (true) {
                    for (ExportedFiling filing : page) {
                        lines.write(filing);
                    }
                    if (page.size() < FilingExport.PAGE) {
                        break;
                    }
                    page = export.page(caller, period, page.get(page.size() - 1));
                }
            }
        };
        String name = "filings-" + LocalDate.now(ZoneOffset.UTC) + (csv ? ".csv" : ".json");
        return Response.ok(body, csv ? "text/csv; charset=UTF-8; header=present" : "application/json")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store")
                .build();
    }

    private static List<String> fields(ExportedFiling filing) {
        return Arrays.asList(filing.reference(), filing.formCode(), String.valueOf(filing.formVersion()), filing.firm(),
                filing.firmCountry(), filing.firmRegistration(), filing.status(), text(filing.submittedAt()),
                text(filing.decidedAt()), filing.outcome(), filing.intermediary(), filing.mandate());
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    /** Where the lines of an export go, in one format. */
    private interface Lines extends AutoCloseable {

        void write(ExportedFiling filing) throws IOException;

        @Override
        void close() throws IOException;
    }

    private static final class CsvLines implements Lines {

        private final Writer writer;

        CsvLines(OutputStream out) throws IOException {
            writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write(Csv.line(COLUMNS));
        }

        @Override
        public void write(ExportedFiling filing) throws IOException {
            writer.write(Csv.line(fields(filing)));
        }

        @Override
        public void close() throws IOException {
            writer.flush();
        }
    }

    private static final class JsonLines implements Lines {

        private final JsonGenerator json;

        JsonLines(OutputStream out) {
            json = JSON.createGenerator(out).writeStartArray();
        }

        @Override
        public void write(ExportedFiling filing) {
            json.writeStartObject()
                    .write("reference", filing.reference())
                    .write("formCode", filing.formCode())
                    .write("formVersion", filing.formVersion())
                    .write("firm", filing.firm())
                    .write("firmCountry", filing.firmCountry())
                    .write("firmRegistration", filing.firmRegistration())
                    .write("status", filing.status())
                    .write("submittedAt", filing.submittedAt().toString());
            if (filing.decidedAt() != null) {
                json.write("decidedAt", filing.decidedAt().toString()).write("outcome", filing.outcome());
            }
            if (filing.mandate() != null) {
                json.write("intermediary", filing.intermediary()).write("mandate", filing.mandate());
            }
            json.writeEnd();
        }

        @Override
        public void close() {
            json.writeEnd().flush();
        }
    }
}
