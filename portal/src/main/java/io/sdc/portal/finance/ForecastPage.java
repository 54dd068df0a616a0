package io.sdc.portal.finance;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.sdc.portal.api.ApiAnswer;
import io.sdc.portal.web.PortalPage;
import io.sdc.portal.api.Backend;
import io.sdc.portal.api.Service;
import io.sdc.portal.web.Section;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The forecast against a budget from a monitoring return (the latest unless a period is chosen): per line budget,
 * actual to date, forecast outturn and variance, in words and as bar charts; and the forecast's trend across the
 * year's returns as a line chart. Each chart's figures are in a table on the page.
 */
@Path("/budgets/{budgetId}/forecast")
public class ForecastPage extends PortalPage {

    @Location("finance/forecast.html")
    Template forecastPage;

    /**
     * @param period      another return's period than the latest
     * @param imported    {@code new} after a return was imported, {@code same} when the file had been imported before
     */
    @GET
    public Response show(@RestPath String budgetId, @RestQuery String period, @RestQuery String imported,
                         @RestQuery String validated) {
        person.require();
        ApiAnswer budget = backend.get(Service.FINANCE, Backend.path("/api/v1/budgets/{}", budgetId)).orRefuse();
        boolean validatedOnly = "true".equals(validated);
        ApiAnswer forecast = backend.get(Service.FINANCE, Backend.path("/api/v1/budgets/{}/forecast", budgetId)
                + Backend.query("period", period, "validated", validatedOnly ? "true" : null));
        if (!forecast.succeeded() && forecast.status() != 404) {
            forecast.orRefuse();
        }
        Map<String, Object> view = forecast.succeeded() ? forecast.object() : null;
        String banner = null;
        if (view != null && imported != null) {
            String returned = String.valueOf(view.get("period"));
            String when = FinanceText.period(returned) + " (" + returned + ")";
            banner = "same".equals(imported)
                    ? "This file had already been imported for " + when + ": nothing changed."
                    : "The monitoring return for " + when + " was imported.";
        }
        List<TrendPoint> trend = view == null ? List.of() : trend(view);
        TemplateInstance page = forecastPage.data("budget", budget.object())
                .data("forecast", view)
                .data("missing", forecast.succeeded() ? null : forecast.problem().map(p -> p.message()).orElse(""))
                .data("askedPeriod", period)
                .data("validatedOnly", validatedOnly)
                .data("trend", trend)
                .data("trendOpen", trend.size() < 2)
                .data("may", FinanceRights.of(person))
                .data("banner", banner);
        return pages.show(page, Section.FINANCE, String.valueOf(budget.object().get("contractId")));
    }

    /**
     * A point of the forecast's trend: the return's period, its forecast outturn, the budget it was judged against
     * (the forecast less its variance) and the variance.
     */
    @TemplateData
    public record TrendPoint(String period, String forecastOutturn, String budget, String variance, String variancePercent,
                             boolean shown, String figureStatus) {
    }

    private static List<TrendPoint> trend(Map<String, Object> forecast) {
        List<TrendPoint> points = new ArrayList<>();
        for (Map<String, Object> point : ApiAnswer.maps(forecast.get("trend"))) {
            BigDecimal outturn = FinanceText.decimal(point.get("forecastOutturn"));
            BigDecimal variance = FinanceText.decimal(point.get("variance"));
            String budget = outturn == null || variance == null ? "" : outturn.subtract(variance).toPlainString();
            points.add(new TrendPoint(String.valueOf(point.get("period")), String.valueOf(point.get("forecastOutturn")), budget,
                    String.valueOf(point.get("variance")), String.valueOf(point.get("variancePercent")),
                    String.valueOf(point.get("period")).equals(String.valueOf(forecast.get("period"))),
                    String.valueOf(point.get("figureStatus"))));
        }
        return points;
    }
}
