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
    @APIResponse(responseCode = "201", description = "Issued; Location is the issued report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IssuedReportView.class)))
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
    @APIResponse(responseCode = "200", description = "The issued reports")
    public List<IssuedReportView> list(@PathParam("contractId") UUID contractId) {
        return issuing.ofContract(contractId).stream().map(IssuedReportMapper::toView).toList();
    }
}
