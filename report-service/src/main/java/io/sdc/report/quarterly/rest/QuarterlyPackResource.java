package io.sdc.report.quarterly.rest;

import io.sdc.platform.security.Roles;
import io.sdc.report.assembly.rest.ReportResponses;
import io.sdc.report.quarterly.service.QuarterlyPackAssembler;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/contracts/{contractId}/quarterly-pack")
@Tag(name = "Quarterly pack", description = "The quarterly performance pack for the monitoring group and the scrutiny committee, drafted from the services' figures")
public class QuarterlyPackResource {

    @Inject
    QuarterlyPackAssembler assembler;
    @Inject
    ReportResponses responses;

    @GET
    @Produces({ReportResponses.JSON, ReportResponses.PDF, ReportResponses.DOCX})
    @RolesAllowed({Roles.COMMISSIONER, Roles.AUDITOR, Roles.ADMIN})
    @APIResponse(responseCode = "200", description = "The pack in the form asked for",
            content = {
                    @Content(mediaType = ReportResponses.JSON, schema = @Schema(implementation = QuarterlyPackAnswer.class)),
                    @Content(mediaType = ReportResponses.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = ReportResponses.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response quarterlyPack(@PathParam("contractId") UUID contractId,
                                  @Parameter(description = "The calendar quarter", example = "2015-Q3", required = true)
                                  @QueryParam("period") String period,
                                  @Parameter(description = ReportResponses.FORMAT_DESCRIPTION, example = "pdf")
                                  @QueryParam("format") String format,
                                  @Context HttpHeaders headers) {
        return responses.respond(() -> assembler.assemble(contractId, period), format, headers);
    }
}
