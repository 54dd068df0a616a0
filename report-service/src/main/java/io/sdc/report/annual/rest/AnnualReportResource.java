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
import org.eclipse.microprofile.openapi.annotations.Operation;
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
    @Operation(summary = "The annual report on a contract year, drafted now",
            description = "Assembled from the contract, performance and finance services' public APIs as the caller (their "
                    + "token is forwarded): performance against the indicator basket at the year's end against the baseline "
                    + "at transfer, with comparators; the inspections from the year's start to today (those after the year "
                    + "end apart); the milestones as at the year's end; the outturn of the last financial year that ended "
                    + "within the year, before and after the risk share, and the latest forecast of the year in progress at "
                    + "its end with the line that drives it; the next year's budget confirmed in principle with its Schedule 3 "
                    + "derivation; the annual review's priorities, areas of joint focus, the changes it agreed in principle "
                    + "and the signatories. Figures not validated are listed and named on the first page. As JSON (figures "
                    + "and document), PDF or Word, by Accept or ?format=.")
    @APIResponse(responseCode = "200", description = "The report in the form asked for",
            content = {
                    @Content(mediaType = ReportResponses.JSON, schema = @Schema(implementation = AnnualReportAnswer.class)),
                    @Content(mediaType = ReportResponses.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = ReportResponses.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "Not a contract year of the contract such as 2014/15, or an unknown format")
    @APIResponse(responseCode = "406", description = "Accept names none of JSON, PDF and Word")
    @APIResponse(responseCode = "503", description = "A service the report reads is unavailable; try again later")
    public Response annualReport(@PathParam("contractId") UUID contractId,
                                 @Parameter(description = "The contract year", example = "2014/15", required = true)
                                 @QueryParam("contractYear") String contractYear,
                                 @Parameter(description = ReportResponses.FORMAT_DESCRIPTION, example = "pdf")
                                 @QueryParam("format") String format,
                                 @Context HttpHeaders headers) {
        return responses.respond(() -> assembler.assemble(contractId, contractYear), format, headers);
    }
}
