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
import org.eclipse.microprofile.openapi.annotations.Operation;
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
    @Operation(summary = "The quarterly performance pack for a calendar quarter, drafted now",
            description = "Assembled from the contract, performance and finance services' public APIs as the caller (their token "
                    + "is forwarded): the quarter's scorecard with RAG, red then amber indicators first with the trust's commentary "
                    + "quoted (exception reporting); each indicator's trend over the last quarters (up to eight, none before the "
                    + "contract commenced) with its target and tolerance limit, as charts; the contract year containing the quarter "
                    + "up to the quarter's end against the contract baseline; the forecast against budget of the financial year "
                    + "containing the quarter, from the latest monitoring return for a period ending by the quarter's end, with the "
                    + "line that drives it and the trend of the year's returns; the change requests raised or decided in the quarter "
                    + "(an agreement in principle dated by its signatures, other steps by the day they were taken, UK time), with "
                    + "their rationale quoted; and what is overdue at the quarter's end (or today while it runs): improvement "
                    + "actions past their due date and not completed by then, milestones missed, and the quarter's figures and "
                    + "monitoring return not in once it has ended. Figures not validated are listed and named on the first page. "
                    + "As JSON (figures and document), PDF or Word, by Accept or ?format=.")
    @APIResponse(responseCode = "200", description = "The pack in the form asked for",
            content = {
                    @Content(mediaType = ReportResponses.JSON, schema = @Schema(implementation = QuarterlyPackAnswer.class)),
                    @Content(mediaType = ReportResponses.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = ReportResponses.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "Not a calendar quarter such as 2015-Q3, or an unknown format")
    @APIResponse(responseCode = "404", description = "No such contract, or no indicator basket in force at the quarter's end")
    @APIResponse(responseCode = "406", description = "Accept names none of JSON, PDF and Word")
    @APIResponse(responseCode = "503", description = "A service the pack reads is unavailable; try again later")
    public Response quarterlyPack(@PathParam("contractId") UUID contractId,
                                  @Parameter(description = "The calendar quarter", example = "2015-Q3", required = true)
                                  @QueryParam("period") String period,
                                  @Parameter(description = ReportResponses.FORMAT_DESCRIPTION, example = "pdf")
                                  @QueryParam("format") String format,
                                  @Context HttpHeaders headers) {
        return responses.respond(() -> assembler.assemble(contractId, period), format, headers);
    }
}
