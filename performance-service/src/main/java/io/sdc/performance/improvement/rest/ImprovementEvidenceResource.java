package io.sdc.performance.improvement.rest;

import io.sdc.performance.improvement.ImprovementEvidence;
import io.sdc.performance.improvement.service.ImprovementEvidenceService;
import io.sdc.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

@Path("/api/v1/improvement-evidence/{id}")
@Tag(name = "Improvement plans")
public class ImprovementEvidenceResource {

    @Inject
    ImprovementEvidenceService evidence;

    @GET
    // The bytes are written as they are whatever their kind; the Content-Type answered is the file's own media type.
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Download an evidence file", description = "Exactly the bytes uploaded, with their media type (any of those "
            + "taken; application/pdf shown), a "
            + "Content-Disposition naming the file, and their SHA-256 (hex) as the ETag. Its record is in the audit history, "
            + "`/api/v1/audit/improvement-evidence/{id}`.")
    @APIResponse(responseCode = "200", description = "The file as uploaded",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            headers = {@Header(name = HttpHeaders.ETAG, description = "The SHA-256, hex", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Content-Disposition", description = "attachment; filename=\"assessment-audit-2016-01.pdf\"; "
                            + "filename*=UTF-8''assessment-audit-2016-01.pdf", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "404", description = "No such evidence file")
    public RestResponse<byte[]> download(@PathParam("id") UUID id) {
        ImprovementEvidence file = evidence.file(id);
        return RestResponse.ResponseBuilder.ok(file.bytes(), file.mediaType()).tag(new EntityTag(file.sha256()))
                .header("Content-Disposition", ContentDisposition.attachment(file.fileName()))
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
