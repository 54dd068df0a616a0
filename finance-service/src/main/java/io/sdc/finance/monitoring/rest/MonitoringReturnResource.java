package io.sdc.finance.monitoring.rest;

import io.sdc.finance.monitoring.FigureStatus;
import io.sdc.finance.monitoring.Forecast;
import io.sdc.finance.monitoring.MonitoringReturnStatus;
import io.sdc.finance.monitoring.ReportingPeriod;
import io.sdc.finance.monitoring.mapping.MonitoringReturnMapper;
import io.sdc.finance.monitoring.service.MonitoringReturnService;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
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
    @Operation(summary = "Import a monitoring return",
            description = "The trust's finance export for a period of the budget's financial year (a month such as 2015-09 or a calendar "
                    + "quarter such as 2015-Q3), sent as the body: CSV (UTF-8, `text/csv`) or XLSX (first sheet). Layout, one row per budget "
                    + "line, every line once, after this header:\n\n    budget_line,actual_to_date,forecast_outturn\n    placements,6420000.00,12848000.00\n\n"
                    + "Amounts are pounds with at most two decimal places, from 0.00 to 1000000000.00, with no thousands separators or "
                    + "currency signs. Neither figure is ever negative: actual_to_date is what the line has cost so far and "
                    + "forecast_outturn what it is expected to cost by the year's end (credits are netted in the finance system before "
                    + "the export); the variance against the budget, worked out here, is the signed figure. The lines together may not "
                    + "exceed 9999999999999.99; a cell a spreadsheet would run as a formula (starting =, +, @, or - not followed by a digit) is refused. "
                    + "In a workbook the header is the first row that is not blank (it need not be row 1); blank rows are skipped; rows "
                    + "must be numbered in order, each number once, or the file is refused. "
                    + "Every fault is reported at once, with its row, and nothing is applied; a file that passes is imported exactly as "
                    + "checked, every line it counted stored. The file may be up to 64 MB (67108864 bytes); a larger body is refused "
                    + "with 413. It is streamed to disk as it arrives, never held in memory whole. The same file for the same period is "
                    + "recognised while it is the period's current return and not returned (200, applied once); another file, or an "
                    + "earlier file again after a later one replaced it, supersedes the period's return, which stays in history with its "
                    + "figures (201). A new return is SUBMITTED: its figures are provisional until the council validates it "
                    + "(`POST /api/v1/monitoring-returns/{id}/validation`). Where the period's return is SUBMITTED or VALIDATED (a locked "
                    + "period), the new one corrects it and needs a reason in the `Change-Reason` header (400 naming `reason` without "
                    + "one); it goes through validation again, and the validated figures stay readable (`?validated=true` on the forecast) "
                    + "until the council validates the correction. After the council RETURNED the period's return the reason is optional. "
                    + "Once the year's outturn is final the year is closed: every return for it is refused with 409. Two imports for the "
                    + "same period at the same moment: one is applied, the other answered 409. Publishes "
                    + "`finance.monitoring-return.imported`, and `finance.forecast.overspend` when the forecast overspend exceeds the threshold.")
    @RequestBody(content = {
            @Content(mediaType = "text/csv", examples = @ExampleObject(name = "Q2 2015/16",
                    value = "budget_line,actual_to_date,forecast_outturn\nstaffing,9100000.00,18200000.00\nplacements,6420000.00,12848000.00\n")),
            @Content(mediaType = XLSX)})
    @APIResponse(responseCode = "201", description = "Imported", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MonitoringReturnView.class)))
    @APIResponse(responseCode = "200", description = "This file was imported for this period before; nothing changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MonitoringReturnView.class)))
    @APIResponse(responseCode = "400", description = "Faults, each with its row, or a correction without a reason; nothing applied")
    @APIResponse(responseCode = "409", description = "The year is closed (its outturn is final), or another return for this budget and period was imported at the same moment")
    @APIResponse(responseCode = "413", description = "The body is larger than 64 MB")
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
    @Operation(summary = "The budget's monitoring returns",
            description = "Every return imported, whatever its status (SUBMITTED, VALIDATED, RETURNED, SUPERSEDED), oldest first, "
                    + "each with who submitted, validated, returned and corrected it, when and why, and its version.")
    @APIResponse(responseCode = "200", description = "The returns")
    public List<MonitoringReturnView> list(@PathParam("id") UUID id) {
        return imports.returnsOf(id).stream().map(MonitoringReturnMapper::toView).toList();
    }

    @Schema(name = "Forecast", description = "The budget against one return; figureStatus says whether its figures are PROVISIONAL "
            + "(the return awaits the council's validation, or was returned) or VALIDATED.")
    public record ForecastView(UUID budgetId, String financialYear, String period, UUID returnId, Money budget, Money actualToDate,
                               Money forecastOutturn, @Schema(example = "348000.00") Money variance,
                               @Schema(example = "1.12") String variancePercent, List<Line> lines, List<Trend> trend,
                               @Schema(description = "The status of the return the figures come from") MonitoringReturnStatus returnStatus,
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
