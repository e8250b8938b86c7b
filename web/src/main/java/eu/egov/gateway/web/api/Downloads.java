package eu.egov.gateway.web.api;

import java.io.InputStream;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import eu.egov.gateway.shared.domain.Download;

/** Sends a file as a download, streamed, under its own name. */
final class Downloads {

    private Downloads() {
    }

    static Response of(Download download) {
        StreamingOutput body = out -> {
            try (InputStream in = download.content()) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, download.mediaType())
                .header("Content-Length", download.size())
                .header("Content-Disposition", "attachment; filename=\"" + download.fileName().replace("\"", "") + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
