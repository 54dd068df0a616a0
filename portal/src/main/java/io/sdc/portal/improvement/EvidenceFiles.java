package io.sdc.portal.improvement;

import io.sdc.portal.api.ApiAnswer;
import io.sdc.portal.api.Backend;
import io.sdc.portal.web.PortalPage;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import static io.sdc.portal.api.Service.PERFORMANCE;

/**
 * An improvement action's evidence file, downloaded through the portal as the signed-in person: exactly the bytes
 * performance-service keeps, with its media type, name and SHA-256 tag, always as an attachment.
 */
@Path("/contracts/{contractId}/improvement/evidence/{evidenceId}")
public class EvidenceFiles extends PortalPage {

    /** The media types performance-service takes, by the file name's extension. */
    private static final Map<String, String> BY_EXTENSION = Map.of(
            "pdf", "application/pdf", "doc", "application/msword",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xls", "application/vnd.ms-excel", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "csv", "text/csv", "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg", "txt", "text/plain");

    @GET
    public Response download(@PathParam("contractId") String contractId, @PathParam("evidenceId") String id) {
        person.require();
        ApiAnswer answer = backend.call(PERFORMANCE, "GET", Backend.path("/api/v1/improvement-evidence/{}", id)).accept("*/*").send().orRefuse();
        Response.ResponseBuilder response = Response.ok(answer.bytes())
                .type(answer.contentType().isBlank() ? "application/octet-stream" : answer.contentType())
                .header("Content-Disposition", answer.header("Content-Disposition").orElse("attachment"))
                .header("X-Content-Type-Options", "nosniff");
        answer.header("ETag").ifPresent(tag -> response.header("ETag", tag));
        return response.build();
    }

    /** The media type to send a file as: by its name's extension, else as the browser gave it (the service refuses the rest). */
    static String mediaType(String fileName, String browserType) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String byName = dot < 0 ? null : BY_EXTENSION.get(name.substring(dot + 1));
        if (byName != null) {
            return byName;
        }
        return browserType == null || browserType.isBlank() ? "application/octet-stream" : browserType;
    }

    /** {@code attachment; filename="…"; filename*=UTF-8''…} naming the file, its plain name without quotes or beyond-ASCII letters. */
    static String attachment(String fileName) {
        String plain = fileName.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_").replace("\\", "_");
        return "attachment; filename=\"" + plain + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
