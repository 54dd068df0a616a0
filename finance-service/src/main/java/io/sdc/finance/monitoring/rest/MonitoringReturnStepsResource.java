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
    @APIResponse(responseCode = "200", description = "The return")
    public RestResponse<MonitoringReturnView> get(@PathParam("id") UUID id) {
        return respond(returns.get(id));
    }

    @POST
    @Path("/validation")
    @RolesAllowed(Roles.COMMISSIONER)
    @APIResponse(responseCode = "200", description = "Validated")
    public RestResponse<MonitoringReturnView> validate(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return respond(returns.validate(id, EntityTags.expectedVersion(ifMatch)));
    }

    @POST
    @Path("/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMMISSIONER)
    @APIResponse(responseCode = "200", description = "Returned")
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
