package io.sdc.finance.monitoring.rest;

import io.sdc.finance.monitoring.service.ForecastService;
import io.sdc.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;


@Path("/api/v1/budgets/{id}/forecast")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Monitoring returns and forecasts", description = "The trust's monitoring returns, imported from its finance exports, and the forecasts they give")
public class ForecastResource {

    @Inject
    ForecastService forecasts;

    @GET
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN})
    @APIResponse(responseCode = "200", description = "The forecast")
    public MonitoringReturnResource.ForecastView forecast(@PathParam("id") UUID id, @QueryParam("period") String period,
                                                          @Parameter(description = "Only the figures the council validated")
                                                          @QueryParam("validated") boolean validated) {
        ForecastService.Report report = forecasts.report(id, period, validated);
        return MonitoringReturnResource.ForecastView.of(report.forecast(), report.trend());
    }
}
