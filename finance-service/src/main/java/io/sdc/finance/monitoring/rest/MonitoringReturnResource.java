package io.sdc.finance.monitoring.rest;

import io.sdc.finance.monitoring.FigureStatus;
import io.sdc.finance.monitoring.Forecast;
import io.sdc.finance.monitoring.ReportingPeriod;
import io.sdc.finance.monitoring.mapping.MonitoringReturnMapper;
import io.sdc.finance.monitoring.service.MonitoringReturnService;
import io.sdc.platform.lifecycle.SubmissionStatus;
import io.sdc.platform.money.Money;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/budgets/{id}/monitoring-returns")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Monitoring returns and forecasts", description = "The trust's monitoring returns, imported from its finance exports, and the forecasts they give")
public class MonitoringReturnResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    MonitoringReturnService imports;

    @POST
    @Consumes({"text/csv", XLSX})
    @RolesAllowed(Roles.TRUST_FINANCE)
    @RequestBody(content = {
            @Content(mediaType = "text/csv", examples = @ExampleObject(name = "Q2 2015/16",
                    value = "budget_line,actual_to_date,forecast_outturn\nstaffing,9100000.00,18200000.00\nplacements,6420000.00,12848000.00\n")),
            @Content(mediaType = XLSX)})
    @APIResponse(responseCode = "201", description = "Imported", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MonitoringReturnView.class)))
    @APIResponse(responseCode = "200", description = "This file was imported for this period before; nothing changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MonitoringReturnView.class)))
    public Response importReturn(@PathParam("id") UUID id,
                                 @Parameter(required = true, example = "2015-Q3") @QueryParam("period") String period,
                                 @jakarta.ws.rs.HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream file) {
        MonitoringReturnService.Format format = contentType != null && contentType.startsWith(XLSX)
                ? MonitoringReturnService.Format.XLSX : MonitoringReturnService.Format.CSV;
        ReportingPeriod.parse(period);
        MonitoringReturnService.Imported imported = imports.importReturn(id, period, format, file);
        return Response.status(imported.alreadyApplied() ? Response.Status.OK : Response.Status.CREATED)
                .entity(MonitoringReturnMapper.toView(imported.monitoringReturn())).build();
    }

    @GET
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN})
    @APIResponse(responseCode = "200", description = "The returns")
    public List<MonitoringReturnView> list(@PathParam("id") UUID id) {
        return imports.returnsOf(id).stream().map(MonitoringReturnMapper::toView).toList();
    }

    @Schema(name = "Forecast", description = "The budget against one return; figureStatus says whether its figures are PROVISIONAL "
            + "(the return awaits the council's validation, or was returned) or VALIDATED.")
    public record ForecastView(UUID budgetId, String financialYear, String period, UUID returnId, Money budget, Money actualToDate,
                               Money forecastOutturn, @Schema(example = "348000.00") Money variance,
                               @Schema(example = "1.12") String variancePercent, List<Line> lines, List<Trend> trend,
                               @Schema(description = "The status of the return the figures come from") SubmissionStatus returnStatus,
                               FigureStatus figureStatus) {

        @Schema(name = "ForecastLine")
        public record Line(String code, String name, boolean demandLed, Money budget, Money actualToDate, Money forecastOutturn,
                           Money variance, String variancePercent, FigureStatus figureStatus) {
        }

        @Schema(name = "ForecastTrendPoint")
        public record Trend(String period, UUID returnId, Money forecastOutturn, Money variance, String variancePercent,
                            FigureStatus figureStatus) {
        }

        public static ForecastView of(Forecast f, List<Forecast.TrendPoint> trend) {
            return new ForecastView(f.budgetId(), f.financialYear(), f.period(), f.returnId(), f.totalBudget(), f.totalActual(),
                    f.totalForecast(), f.totalVariance(), percent(f.totalVariancePercent()),
                    f.lines().stream().map(l -> new Line(l.code(), l.name(), l.demandLed(), l.budget(), l.actualToDate(),
                            l.forecastOutturn(), l.variance(), percent(l.variancePercent()), f.figures())).toList(),
                    trend.stream().map(t -> new Trend(t.period(), t.returnId(), t.forecastOutturn(), t.variance(),
                            percent(t.variancePercent()), t.figures())).toList(),
                    f.returnStatus(), f.figures());
        }

        /** A percentage with two places, as the API writes it: {@code "1.12"}; none where the budget is nothing. */
        private static String percent(BigDecimal percent) {
            return percent == null ? null : percent.toPlainString();
        }
    }
}
