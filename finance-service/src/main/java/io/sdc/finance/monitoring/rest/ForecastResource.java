package io.sdc.finance.monitoring.rest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.sdc.finance.budget.Budget;
import io.sdc.finance.budget.repository.BudgetRepository;
import io.sdc.finance.monitoring.MonitoringReturn;
import io.sdc.finance.monitoring.ReportingPeriod;
import io.sdc.finance.monitoring.repository.MonitoringReturnRepository;
import io.sdc.finance.monitoring.service.ForecastService;
import io.sdc.finance.monitoring.service.MonitoringReturnService;
import io.sdc.platform.problem.Problem;
import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.rest.Money;
import io.sdc.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/budgets/{id}/forecast")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Monitoring returns and forecasts", description = "The trust's monitoring returns, imported from its finance exports, and the forecasts they give")
public class ForecastResource {

    @Inject
    ForecastService forecasts;

    @Inject
    BudgetRepository budgets;

    @Inject
    MonitoringReturnRepository returns;

    @GET
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Forecast and variance",
            description = "Per budget line and in total: budget, actual to date, forecast outturn, variance (forecast minus budget, positive "
                    + "for an overspend) and variance as a percentage of budget, from the current return of `period` (default: the latest), "
                    + "with the trend across the year's returns.")
    @APIResponse(responseCode = "200", description = "The forecast", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MonitoringReturnResource.ForecastView.class)))
    @APIResponse(responseCode = "404", description = "No such budget, or no return yet", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MonitoringReturnResource.ForecastView forecast(@PathParam("id") String id, @QueryParam("period") String period) {
        UUID budgetId = ProblemException.requireUuid("id", id);
        return QuarkusTransaction.requiringNew().call(() -> {
            Budget budget = budgets.findByIdOptional(budgetId).orElseThrow(() -> ProblemException.notFound("budget", budgetId));
            MonitoringReturn current = period == null
                    ? returns.currentOf(budgetId).stream().max(java.util.Comparator.comparing(r -> ReportingPeriod.parse(r.period()).end()))
                    .orElseThrow(() -> ProblemException.notFound("monitoring return for budget", budgetId))
                    : returns.current(budgetId, ReportingPeriod.parse(period).label())
                    .orElseThrow(() -> ProblemException.notFound("monitoring return for " + period + " of budget", budgetId));
            return MonitoringReturnResource.ForecastView.of(forecasts.forecast(budget, current), forecasts.trend(budget));
        });
    }
}
