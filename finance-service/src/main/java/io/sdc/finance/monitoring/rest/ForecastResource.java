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
import org.eclipse.microprofile.openapi.annotations.Operation;
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
    @Operation(summary = "Forecast and variance",
            description = "Per budget line and in total: budget, actual to date, forecast outturn, variance (forecast minus budget, positive "
                    + "for an overspend) and variance as a percentage of budget, from the current return of `period` (default: the latest "
                    + "period), with the trend across the year's returns. Every figure says whether it is PROVISIONAL (its return awaits the "
                    + "council's validation, or was returned) or VALIDATED (`figureStatus`). With `validated=true`, only figures the council "
                    + "validated: each period's latest validated return, even where a correction awaiting validation has since superseded "
                    + "it (what goes into a committee report); periods without one are left out.")
    @APIResponse(responseCode = "200", description = "The forecast")
    @APIResponse(responseCode = "404", description = "No such budget, or no return (with validated=true: no validated return) yet")
    public MonitoringReturnResource.ForecastView forecast(@PathParam("id") UUID id, @QueryParam("period") String period,
                                                          @Parameter(description = "Only the figures the council validated")
                                                          @QueryParam("validated") boolean validated) {
        ForecastService.Report report = forecasts.report(id, period, validated);
        return MonitoringReturnResource.ForecastView.of(report.forecast(), report.trend());
    }
}
