package io.sdc.finance.monitoring.rest;

import io.sdc.finance.monitoring.mapping.MonitoringReturnMapper;
import io.sdc.finance.monitoring.service.MonitoringReturnService;
import io.sdc.platform.rest.EntityTags;
import io.sdc.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

@Path("/api/v1/monitoring-returns/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Monitoring returns and forecasts")
public class MonitoringReturnStepsResource {

    @Inject
    MonitoringReturnService returns;

    @GET
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Read a monitoring return",
            description = "Current or superseded, with what it says of each budget line (`figures`), who submitted, validated, returned "
                    + "and corrected it, when and why; its version as ETag.")
    @APIResponse(responseCode = "200", description = "The return")
    public RestResponse<MonitoringReturnView> get(@PathParam("id") UUID id) {
        return respond(returns.get(id));
    }

    @POST
    @Path("/validation")
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(summary = "Validate the trust's return",
            description = "The council accepts a SUBMITTED return's figures: it becomes VALIDATED and its figures are no longer "
                    + "provisional; the period is then locked (a later return for it is a correction with a reason). No body; a "
                    + "`Change-Reason` header, if sent, is kept in the audit history. Needs If-Match. Only commissioners. Publishes "
                    + "`finance.monitoring-return.validated`.")
    @APIResponse(responseCode = "200", description = "Validated")
    @APIResponse(responseCode = "409", description = "Not SUBMITTED: already validated, returned or superseded")
    public RestResponse<MonitoringReturnView> validate(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return respond(returns.validate(id, EntityTags.expectedVersion(ifMatch)));
    }

    @POST
    @Path("/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(summary = "Return the trust's return, with a reason",
            description = "The council sends a SUBMITTED return back: it becomes RETURNED and the trust must import the period's return "
                    + "again. The reason is required (the body's `reason`, or the `Change-Reason` header). Needs If-Match. Only "
                    + "commissioners. Publishes `finance.monitoring-return.returned` with the reason.")
    @APIResponse(responseCode = "200", description = "Returned")
    @APIResponse(responseCode = "400", description = "No reason")
    @APIResponse(responseCode = "409", description = "Not SUBMITTED, or the year is closed (its outturn is final)")
    public RestResponse<MonitoringReturnView> sendBack(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                       @Valid ReturnRequest request) {
        return respond(returns.returnToTrust(id, EntityTags.expectedVersion(ifMatch), request == null ? null : request.reason()));
    }

    @Schema(name = "MonitoringReturnReturn", description = "Why the council returns the return: what the trust must correct.")
    public record ReturnRequest(
            @Size(max = 1000) @Schema(example = "Placements actual to date omits the September invoices") String reason) {
    }

    private static RestResponse<MonitoringReturnView> respond(MonitoringReturnService.Detail detail) {
        return EntityTags.current(MonitoringReturnMapper.toView(detail.monitoringReturn(), detail.figures()),
                detail.monitoringReturn().version());
    }
}
