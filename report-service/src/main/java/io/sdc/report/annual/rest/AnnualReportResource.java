package io.sdc.report.annual.rest;

import io.sdc.platform.security.Roles;
import io.sdc.report.annual.service.AnnualReportAssembler;
import io.sdc.report.assembly.rest.ReportResponses;
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

@Path("/api/v1/contracts/{contractId}/annual-report")
@Tag(name = "Annual report", description = "The annual report on a contract year to the Secretary of State, drafted from the services' figures")
public class AnnualReportResource {

    @Inject
    AnnualReportAssembler assembler;
    @Inject
    ReportResponses responses;

    @GET
    @Produces({ReportResponses.JSON, ReportResponses.PDF, ReportResponses.DOCX})
    @RolesAllowed({Roles.COMMISSIONER, Roles.AUDITOR, Roles.ADMIN})
    @APIResponse(responseCode = "200", description = "The report in the form asked for",
            content = {
                    @Content(mediaType = ReportResponses.JSON, schema = @Schema(implementation = AnnualReportAnswer.class)),
                    @Content(mediaType = ReportResponses.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = ReportResponses.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response annualReport(@PathParam("contractId") UUID contractId,
                                 @Parameter(description = "The contract year", example = "2014/15", required = true)
                                 @QueryParam("contractYear") String contractYear,
                                 @Parameter(description = ReportResponses.FORMAT_DESCRIPTION, example = "pdf")
                                 @QueryParam("format") String format,
                                 @Context HttpHeaders headers) {
        return responses.respond(() -> assembler.assemble(contractId, contractYear), format, headers);
    }
}
