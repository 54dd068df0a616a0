package io.sdc.report.issue.rest;

import io.sdc.platform.security.Roles;
import io.sdc.report.issue.IssuedReport;
import io.sdc.report.issue.mapping.IssuedReportMapper;
import io.sdc.report.issue.service.ReportIssuing;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/contracts/{contractId}/issued-reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Issued reports")
public class ContractIssuedReportsResource {

    @Inject
    ReportIssuing issuing;

    @POST
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(summary = "Issue a report",
            description = "Drafts the report from the services' answers now (as the caller), writes its figures once as canonical JSON "
                    + "(properties in name order, UTF-8) and renders its PDF from the same draft, and keeps both for good with the "
                    + "SHA-256 of each, who issued it, in which role, when and why. Its number counts the issues of the same report "
                    + "(contract, kind, period): a re-issue is number 2 on and needs a reason. A report whose figures are not all "
                    + "validated is issued only with confirmUnvalidated true and a reason (its first page says which figures). The reason "
                    + "may be given in the body or the Change-Reason header; it is kept in the audit history. Publishes `report.issued`.")
    @APIResponse(responseCode = "201", description = "Issued; Location is the issued report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IssuedReportView.class)))
    @APIResponse(responseCode = "400", description = "Not a report kind or period, figures not validated and not confirmed with a reason, or a re-issue without a reason")
    @APIResponse(responseCode = "409", description = "The same report was issued by someone else at the same moment")
    @APIResponse(responseCode = "503", description = "A service the report is drafted from is not answering")
    public RestResponse<IssuedReportView> issue(@PathParam("contractId") UUID contractId, @NotNull @Valid IssueRequest request,
                                                UriInfo uri) {
        IssuedReport report = issuing.issue(contractId, request.kind(), request.period(),
                Boolean.TRUE.equals(request.confirmUnvalidated()), request.reason());
        return RestResponse.ResponseBuilder.<IssuedReportView>created(
                        uri.getBaseUriBuilder().path("api/v1/issued-reports").path(report.id().toString()).build())
                .entity(IssuedReportMapper.toView(report)).build();
    }

    @GET
    @RolesAllowed({Roles.COMMISSIONER, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "List a contract's issued reports", description = "Newest first, every issue of every report, with their hashes.")
    @APIResponse(responseCode = "200", description = "The issued reports")
    public List<IssuedReportView> list(@PathParam("contractId") UUID contractId) {
        return issuing.ofContract(contractId).stream().map(IssuedReportMapper::toView).toList();
    }
}
