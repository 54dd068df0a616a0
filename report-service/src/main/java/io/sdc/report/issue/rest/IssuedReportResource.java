package io.sdc.report.issue.rest;

import io.sdc.platform.security.Roles;
import io.sdc.report.issue.IssuedReport;
import io.sdc.report.issue.mapping.IssuedReportMapper;
import io.sdc.report.issue.service.ReportIssuing;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

@Path("/api/v1/issued-reports/{id}")
@RolesAllowed({Roles.COMMISSIONER, Roles.AUDITOR, Roles.ADMIN})
@Tag(name = "Issued reports")
public class IssuedReportResource {

    /** The header that carries the SHA-256 of the bytes sent (RFC 9530). */
    static final String REPR_DIGEST = "Repr-Digest";

    @Inject
    ReportIssuing issuing;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "The issued report")
    public IssuedReportView get(@PathParam("id") UUID id) {
        return IssuedReportMapper.toView(issuing.issued(id));
    }

    @GET
    @Path("/pdf")
    @Produces("application/pdf")
    @APIResponse(responseCode = "200", description = "The PDF as issued",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            headers = {@Header(name = REPR_DIGEST, description = "sha-256=:<the SHA-256, base64>:", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.ETAG, description = "The SHA-256, hex", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Content-Disposition", description = "attachment; filename=\"annual-report-DCST-SDC-2014-2014-15-issue-1.pdf\"",
                            schema = @Schema(type = SchemaType.STRING))})
    public RestResponse<byte[]> pdf(@PathParam("id") UUID id) {
        IssuedReport.Copy copy = issuing.pdf(id);
        return asIssued(copy).header("Content-Disposition", "attachment; filename=\"" + copy.fileName() + "\"").build();
    }

    @GET
    @Path("/figures")
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "The figures as issued",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)),
            headers = {@Header(name = REPR_DIGEST, description = "sha-256=:<the SHA-256, base64>:", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.ETAG, description = "The SHA-256, hex", schema = @Schema(type = SchemaType.STRING))})
    public RestResponse<byte[]> figures(@PathParam("id") UUID id) {
        return asIssued(issuing.figures(id)).build();
    }

    /** The bytes as kept, their SHA-256 as the ETag (hex) and as the Repr-Digest (base64). */
    private static RestResponse.ResponseBuilder<byte[]> asIssued(IssuedReport.Copy copy) {
        return RestResponse.ResponseBuilder.ok(copy.bytes(), copy.mediaType()).tag(new EntityTag(copy.sha256()))
                .header(REPR_DIGEST, "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(copy.sha256())) + ":");
    }
}
