package io.sdc.portal.performance;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.sdc.portal.api.ApiAnswer;
import io.sdc.portal.web.PortalPage;
import io.sdc.portal.api.Backend;
import io.sdc.portal.web.FormErrors;
import io.sdc.portal.web.Section;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The scorecard of a period and the trend of one indicator across periods, as performance-service judges them.
 */
@Path("/contracts/{contractId}/performance")
public class ScorecardResource extends PortalPage {

    @Inject
    PerformanceApi api;

    @Location("performance/scorecard.html")
    Template scorecard;
    @Location("performance/trend.html")
    Template trend;

    @GET
    public Response scorecard(@PathParam("contractId") String contractId, @QueryParam("period") String period,
                              @QueryParam("recorded") String recorded, @QueryParam("validated") String validated) {
        person.require();
        TemplateInstance page = api.common(scorecard.instance(), contractId, "scorecard");
        PerformanceApi.Choice periods = PerformanceApi.Choice.of(api.periods(api.observations(contractId, null)), period);
        String chosen = periods.chosen();
        boolean validatedOnly = "true".equals(validated);
        page.data("periods", periods.options()).data("period", chosen).data("recorded", recordedMessage(recorded, chosen))
                .data("validatedOnly", validatedOnly);
        if (chosen == null) {
            return pages.show(page.data("card", null).data("errors", FormErrors.none()), Section.PERFORMANCE, contractId);
        }
        ApiAnswer answer = api.scorecard(contractId, chosen, validatedOnly);
        FormErrors refused = PerformanceApi.refusedChoice(answer, "period");
        if (refused.any()) {
            return pages.show(answer.status(), page.data("card", null).data("errors", refused), Section.PERFORMANCE, contractId);
        }
        Map<String, Object> card = answer.object();
        List<Row> rows = new ArrayList<>();
        for (Map<String, Object> line : ApiAnswer.maps(card.get("indicators"))) {
            rows.add(row(contractId, card, line));
        }
        List<Count> counts = new ArrayList<>();
        if (card.get("summary") instanceof Map<?, ?> summary) {
            for (String rag : List.of("GREEN", "AMBER", "RED", "NO_DATA", "SUPPRESSED")) {
                Object count = summary.get(rag);
                counts.add(new Count(Figures.rag(rag), count == null ? "0" : count.toString()));
            }
        }
        return pages.show(page.data("card", card).data("rows", rows).data("counts", counts).data("errors", FormErrors.none()),
                Section.PERFORMANCE, contractId);
    }

    /** After a submission: "3 observations recorded for 2015-Q4". */
    private static String recordedMessage(String recorded, String period) {
        if (recorded == null || !recorded.matches("\\d{1,4}") || period == null) {
            return null;
        }
        return recorded + ("1".equals(recorded) ? " observation" : " observations") + " recorded for " + period;
    }

    private Row row(String contractId, Map<String, Object> card, Map<String, Object> line) {
        String code = Figures.text(line.get("indicatorCode"));
        Object unit = line.get("unit");
        String rag = Figures.text(line.get("rag"));
        boolean suppressed = "SUPPRESSED".equals(rag);
        String value;
        String counts = "";
        if (suppressed) {
            value = Figures.suppressed(api.indicator(code).get("minimumDenominator"));
        } else if (line.get("value") == null) {
            value = "No value";
        } else {
            value = Figures.value(line.get("value"), unit);
            if (line.get("numerator") != null && line.get("denominator") != null) {
                counts = io.sdc.portal.web.Formats.number(line.get("numerator")) + " of " + io.sdc.portal.web.Formats.number(line.get("denominator"));
            }
        }
        String sincePrevious = Figures.direction(line.get("directionSincePreviousPeriod"));
        String previous = line.get("previousValue") == null
                ? "No value to compare for " + Figures.text(card.get("previousPeriod"))
                : Figures.value(line.get("previousValue"), unit) + " in " + Figures.text(card.get("previousPeriod"));
        String sinceBaseline = Figures.direction(line.get("directionSinceBaseline"));
        String baseline = line.get("baselineValue") == null ? "No baseline" : "Baseline " + Figures.value(line.get("baselineValue"), unit);
        List<String> comparators = new ArrayList<>();
        for (Map<String, Object> comparator : ApiAnswer.maps(line.get("comparators"))) {
            comparators.add(comparator(comparator, unit));
        }
        return new Row(code, Figures.text(line.get("name")), Backend.path("/contracts/{}/performance/indicators/{}", contractId, code),
                value, counts, suppressed, Figures.value(line.get("target"), unit),
                Figures.tolerance(line, unit, line.get("toleranceLimit")), Figures.rag(rag),
                sincePrevious, previous, sinceBaseline, baseline, comparators, Figures.validation(line.get("validation")),
                Boolean.TRUE.equals(line.get("correctionPending")));
    }

    static String comparator(Map<String, Object> comparator, Object unit) {
        StringBuilder text = new StringBuilder(Figures.comparatorKind(comparator.get("kind"))).append(" ")
                .append(Figures.value(comparator.get("value"), unit));
        if (comparator.get("dataYear") != null) {
            text.append(" (").append(comparator.get("dataYear")).append(")");
        }
        String position = Figures.position(comparator.get("position"));
        if (!position.isEmpty()) {
            text.append(": ").append(position);
        }
        return text.toString();
    }

    @GET
    @Path("/indicators/{code}")
    public Response trend(@PathParam("contractId") String contractId, @PathParam("code") String code,
                          @QueryParam("validated") String validated) {
        person.require();
        boolean validatedOnly = "true".equals(validated);
        TemplateInstance page = api.common(trend.instance(), contractId, "trend");
        Map<String, Object> indicator = api.readIndicator(code);
        Object unit = indicator.get("unit");
        List<Map<String, Object>> observations = api.observations(contractId, code);
        List<TrendRow> rows = new ArrayList<>();
        for (String period : api.periods(observations)) {
            Map<String, Object> observation = observations.stream().filter(o -> period.equals(o.get("period"))).findFirst().orElse(Map.of());
            ApiAnswer answer = api.scorecard(contractId, period, validatedOnly);
            Map<String, Object> line = Map.of();
            Object basket = null;
            if (answer.succeeded()) {
                basket = answer.object().get("basketVersionNumber");
                line = ApiAnswer.maps(answer.object().get("indicators")).stream()
                        .filter(l -> code.equals(l.get("indicatorCode"))).findFirst().orElse(Map.of());
            }
            String rag = line.isEmpty() ? null : Figures.text(line.get("rag"));
            boolean suppressed = "SUPPRESSED".equals(rag);
            Object value = line.isEmpty() ? (validatedOnly ? null : observation.get("value")) : line.get("value");
            rows.add(new TrendRow(period,
                    suppressed ? Figures.suppressed(indicator.get("minimumDenominator")) : Figures.value(value, unit),
                    suppressed ? "" : plain(value),
                    Figures.value(line.get("target"), unit), plain(line.get("target")),
                    Figures.value(line.get("toleranceLimit"), unit), plain(line.get("toleranceLimit")),
                    Figures.value(line.get("baselineValue"), unit), plain(line.get("baselineValue")),
                    rag == null ? null : Figures.rag(rag),
                    basket == null ? "Not in force" : "Version " + basket,
                    FigureValidationResource.statusTag(Figures.text(observation.get("status"))),
                    Figures.validation(line.get("validation")),
                    Figures.text(observation.get("commentary")),
                    Figures.text(observation.get("submittedBy")),
                    io.sdc.portal.web.Formats.dateTime(observation.get("submittedAt"))));
        }
        Definition definition = new Definition(Figures.unit(unit), Figures.polarity(indicator.get("polarity")),
                io.sdc.portal.web.Formats.words(indicator.get("frequency")));
        return pages.show(page.data("indicator", indicator).data("definition", definition).data("rows", rows)
                .data("code", code).data("validatedOnly", validatedOnly), Section.PERFORMANCE, contractId);
    }

    /** A number as a chart reads it: plain decimal text, or empty for no point. */
    static String plain(Object number) {
        if (number instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return number == null ? "" : number.toString();
    }

    @TemplateData
    public record Row(String code, String name, String trendHref, String value, String counts, boolean suppressed,
                      String target, String tolerance, Figures.Tag rag, String sincePrevious, String previous,
                      String sinceBaseline, String baseline, List<String> comparators, Figures.Tag validation,
                      boolean correctionPending) {
    }

    @TemplateData
    public record Count(Figures.Tag rag, String count) {
    }

    @TemplateData
    public record TrendRow(String period, String value, String valueData, String target, String targetData,
                           String toleranceLimit, String toleranceLimitData, String baseline, String baselineData,
                           Figures.Tag rag, String basket, Figures.Tag status, Figures.Tag validation,
                           String commentary, String submittedBy,
                           String submittedAt) {
    }

    @TemplateData
    public record Definition(String unit, String polarity, String frequency) {
    }
}
