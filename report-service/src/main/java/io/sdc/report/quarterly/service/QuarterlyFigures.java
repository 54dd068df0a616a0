package io.sdc.report.quarterly.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.problem.ProblemType;
import io.sdc.report.improvement.ImprovementPlanSummary.IndicatorRag;
import io.sdc.report.improvement.service.ImprovementFigures;
import io.sdc.report.assembly.FigureValidation;
import io.sdc.report.assembly.FigureValidation.Unvalidated;
import io.sdc.report.quarterly.BusinessYear;
import io.sdc.report.quarterly.Quarter;
import io.sdc.report.quarterly.QuarterlyPack;
import io.sdc.report.quarterly.QuarterlyPack.ChangeRequest;
import io.sdc.report.quarterly.QuarterlyPack.ChangeStep;
import io.sdc.report.quarterly.QuarterlyPack.ContractYear;
import io.sdc.report.quarterly.QuarterlyPack.Finance;
import io.sdc.report.quarterly.QuarterlyPack.Forecast;
import io.sdc.report.quarterly.QuarterlyPack.ForecastLine;
import io.sdc.report.quarterly.QuarterlyPack.ForecastPoint;
import io.sdc.report.quarterly.QuarterlyPack.Indicator;
import io.sdc.report.quarterly.QuarterlyPack.MissedMilestone;
import io.sdc.report.quarterly.QuarterlyPack.NotIn;
import io.sdc.report.quarterly.QuarterlyPack.Overdue;
import io.sdc.report.quarterly.QuarterlyPack.Scorecard;
import io.sdc.report.quarterly.QuarterlyPack.Trend;
import io.sdc.report.quarterly.QuarterlyPack.TrendPoint;
import io.sdc.report.quarterly.QuarterlyPack.YearIndicator;
import io.sdc.report.rendering.ReportDocument.Source;
import io.sdc.report.upstream.Upstream;
import io.sdc.report.upstream.UpstreamService;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static io.sdc.report.upstream.Answers.amount;
import static io.sdc.report.upstream.Answers.date;
import static io.sdc.report.upstream.Answers.decimal;
import static io.sdc.report.upstream.Answers.integer;
import static io.sdc.report.upstream.Answers.list;
import static io.sdc.report.upstream.Answers.text;
import static io.sdc.report.upstream.Answers.uuid;

/**
 * Gathers a quarterly pack's figures from the services' answers, as the person asking: the contract, the quarter's
 * scorecard and the observations' commentary, the scorecards of the last quarters for the trends, the contract year's
 * summary, the financial year's budget and forecast, the change requests and their steps, the milestones and the
 * improvement plans' boards as at the quarter's end (one reading for the overdue actions and the plan's section). Dates of steps taken in the platform are read in UK local time.
 */
public final class QuarterlyFigures {

    /** How many quarters a trend goes back, the pack's own included. */
    static final int TREND_QUARTERS = 8;
    static final ZoneId UK = ZoneId.of("Europe/London");
    private static final Set<String> DECISIONS = Set.of("AGREED_IN_PRINCIPLE", "APPROVED", "REJECTED", "WITHDRAWN", "IMPLEMENTED");
    private static final int PAGE = 200;

    private final Upstream answers;
    private final UUID contractId;
    private final Quarter quarter;
    private final LocalDate today;
    /** What is not validated, by its text: a figure shown in several places is listed once. */
    private final Map<String, Unvalidated> unvalidated = new LinkedHashMap<>();
    private final List<NotIn> notIn = new ArrayList<>();
    /** Every scorecard row read, of the quarter and of the quarters before it. */
    private final List<ScorecardRow> rows = new ArrayList<>();

    private record ScorecardRow(Quarter quarter, JsonNode row, Source source) {
    }

    private QuarterlyFigures(Upstream answers, UUID contractId, Quarter quarter, LocalDate today) {
        this.answers = answers;
        this.contractId = contractId;
        this.quarter = quarter;
        this.today = today;
    }

    /** The pack's figures for the contract and quarter, as the services answer today. */
    public static QuarterlyPack gather(Upstream answers, UUID contractId, Quarter quarter, LocalDate today) {
        return new QuarterlyFigures(answers, contractId, quarter, today).gather();
    }

    private QuarterlyPack gather() {
        String contractPath = "/api/v1/contracts/" + contractId;
        JsonNode contract = answers.get(UpstreamService.CONTRACT, contractPath);
        LocalDate asOf = quarter.end().isAfter(today) ? today : quarter.end();
        boolean ended = quarter.end().isBefore(today);

        Scorecard scorecard = scorecard();
        List<Trend> trends = trends(scorecard, date(contract, "commencementDate"));
        ContractYear contractYear = contractYear(BusinessYear.containing(quarter.start(), MonthDay.parse(contract.path("contractYearStart").asText("--10-01"))));
        if (ended) {
            scorecard.indicators().stream().filter(i -> "NO_DATA".equals(i.rag())).forEach(i -> notIn.add(new NotIn(
                    i.name() + ": no figure for " + quarter, performance("/observations" + Upstream.query("period", quarter)))));
        }
        Finance finance = finance(BusinessYear.containing(quarter.start(), MonthDay.parse(contract.path("financialYearStart").asText("--04-01"))), ended);
        List<ChangeRequest> changes = changeRequests();
        ImprovementFigures.Plans plans = ImprovementFigures.asAt(answers, contractId, asOf, quarter.start(), this::latestRag);
        Overdue overdue = new Overdue(asOf, plans.overdue(), missedMilestones(asOf), notIn);
        return new QuarterlyPack(
                new QuarterlyPack.Contract(contractId, text(contract, "reference"), text(contract, "title"),
                        text(contract.path("commissioner"), "name"), text(contract.path("provider"), "name"),
                        Upstream.source(UpstreamService.CONTRACT, contractPath)),
                quarter.label(), quarter.start(), quarter.end(), asOf,
                FigureValidation.of(List.copyOf(unvalidated.values())),
                scorecard, trends, contractYear, finance, changes, overdue, plans.latest(), plans.source());
    }

    // ---- performance ------------------------------------------------------------------------------------------------

    private Scorecard scorecard() {
        String path = "/scorecard" + Upstream.query("period", quarter);
        JsonNode card = answers.get(UpstreamService.PERFORMANCE, contractPath(path));
        Map<String, String> commentary = new LinkedHashMap<>();
        for (JsonNode observation : answers.get(UpstreamService.PERFORMANCE, contractPath("/observations" + Upstream.query("period", quarter)))) {
            if (observation.hasNonNull("commentary") && !observation.get("commentary").asText().isBlank()) {
                commentary.put(observation.path("id").asText(), observation.get("commentary").asText());
            }
        }
        List<Indicator> indicators = new ArrayList<>();
        for (JsonNode i : card.path("indicators")) {
            String observationId = text(i, "observationId");
            String rag = text(i, "rag");
            indicators.add(new Indicator(text(i, "indicatorCode"), text(i, "name"), text(i, "unit"), text(i, "polarity"),
                    decimal(i, "value"), integer(i, "numerator"), integer(i, "denominator"), decimal(i, "target"),
                    decimal(i, "toleranceLimit"), rag, text(i, "validation"), "RED".equals(rag) || "AMBER".equals(rag),
                    decimal(i, "previousValue"), text(i, "directionSincePreviousPeriod"), decimal(i, "baselineValue"),
                    text(i, "directionSinceBaseline"), list(i.path("comparators"), c -> new QuarterlyPack.Comparator(text(c, "kind"),
                    decimal(c, "value"), text(c, "dataYear"), text(c, "position"))),
                    observationId == null ? null : commentary.get(observationId),
                    observationId == null ? performance(path) : performance("/observations/" + observationId)));
            noteProvisional(text(i, "name"), quarter.label(), text(i, "validation"), performance(path));
            rows.add(new ScorecardRow(quarter, i, performance(path)));
        }
        indicators.sort(Comparator.comparingInt(i -> exceptionRank(i.rag())));
        Map<String, Integer> summary = new LinkedHashMap<>();
        card.path("summary").properties().forEach(e -> summary.put(e.getKey(), e.getValue().asInt()));
        return new Scorecard(card.path("basketVersionNumber").asInt(), summary, indicators, performance(path));
    }

    private static int exceptionRank(String rag) {
        return "RED".equals(rag) ? 0 : "AMBER".equals(rag) ? 1 : 2;
    }

    private List<Trend> trends(Scorecard scorecard, LocalDate commencement) {
        Quarter first = quarter;
        for (int i = 1; i < TREND_QUARTERS && (commencement == null || !first.previous().end().isBefore(commencement)); i++) {
            first = first.previous();
        }
        Map<String, List<TrendPoint>> points = new LinkedHashMap<>();
        scorecard.indicators().forEach(i -> points.put(i.code(), new ArrayList<>()));
        for (Quarter q = first; !q.equals(quarter); q = next(q)) {
            String path = "/scorecard" + Upstream.query("period", q);
            Optional<JsonNode> card = unlessNotFound(() -> answers.get(UpstreamService.PERFORMANCE, contractPath(path)));
            for (JsonNode i : card.map(c -> c.path("indicators")).orElse(com.fasterxml.jackson.databind.node.MissingNode.getInstance())) {
                List<TrendPoint> series = points.get(text(i, "indicatorCode"));
                if (series != null) {
                    series.add(new TrendPoint(q.label(), decimal(i, "value"), decimal(i, "target"), decimal(i, "toleranceLimit"),
                            text(i, "rag"), text(i, "validation"), performance(path)));
                    noteProvisional(text(i, "name"), q.label(), text(i, "validation"), performance(path));
                    rows.add(new ScorecardRow(q, i, performance(path)));
                }
            }
        }
        List<Trend> trends = new ArrayList<>();
        for (Indicator i : scorecard.indicators()) {
            List<TrendPoint> series = points.get(i.code());
            series.add(new TrendPoint(quarter.label(), i.value(), i.target(), i.toleranceLimit(), i.rag(), i.validation(), scorecard.source()));
            trends.add(new Trend(i.code(), i.name(), i.unit(), i.polarity(), series));
        }
        return trends;
    }

    private static Quarter next(Quarter q) {
        return Quarter.containing(q.end().plusDays(1));
    }

    /**
     * The contract year's summary as it stood at the quarter's end: where the service's summary gives an indicator's
     * figure for a later period (the pack is made after further quarters came in), the indicator's latest figure in the
     * year up to the quarter is taken from that quarter's scorecard instead.
     */
    private ContractYear contractYear(BusinessYear year) {
        String path = "/performance-summary" + Upstream.query("contractYear", year.label());
        JsonNode summary = answers.get(UpstreamService.PERFORMANCE, contractPath(path));
        List<YearIndicator> indicators = new ArrayList<>();
        for (JsonNode i : summary.path("indicators")) {
            YearIndicator indicator = new YearIndicator(text(i, "indicatorCode"), text(i, "name"), text(i, "latestPeriod"),
                    decimal(i, "latestValue"), text(i, "validation"), decimal(i, "baselineValue"), text(i, "sinceBaseline"),
                    text(i, "rag"), performance(path));
            if (Quarter.endOfPeriod(indicator.latestPeriod()).map(end -> end.isAfter(quarter.end())).orElse(false)) {
                indicator = soFar(indicator, year);
            }
            indicators.add(indicator);
            noteProvisional(indicator.name(), indicator.latestPeriod(), indicator.validation(), indicator.source());
        }
        Map<String, Integer> sinceBaseline = new LinkedHashMap<>();
        List.of("IMPROVING", "STABLE", "DECLINING", "NOT_COMPARABLE").forEach(direction -> sinceBaseline.put(direction,
                (int) indicators.stream().filter(i -> direction.equals(i.sinceBaseline())).count()));
        return new ContractYear(year.label(), year.start(), year.end(), sinceBaseline.get("IMPROVING") + sinceBaseline.get("STABLE"),
                indicators.size() - sinceBaseline.get("NOT_COMPARABLE"), sinceBaseline, indicators, performance(path));
    }

    private YearIndicator soFar(YearIndicator indicator, BusinessYear year) {
        return rows.stream().filter(r -> indicator.code().equals(text(r.row(), "indicatorCode")) && r.row().hasNonNull("value")
                        && !r.quarter().start().isBefore(year.start()))
                .max(Comparator.comparing(r -> r.quarter().end()))
                .map(r -> new YearIndicator(indicator.code(), indicator.name(), r.quarter().label(), decimal(r.row(), "value"),
                        text(r.row(), "validation"), indicator.baselineValue(), text(r.row(), "directionSinceBaseline"),
                        text(r.row(), "rag"), r.source()))
                .orElse(new YearIndicator(indicator.code(), indicator.name(), null, null, null, indicator.baselineValue(),
                        "NOT_COMPARABLE", "NO_DATA", indicator.source()));
    }

    private void noteProvisional(String name, String period, String validation, Source source) {
        if ("PROVISIONAL".equals(validation)) {
            note(new Unvalidated(name + ", " + period + ": provisional", source));
        }
    }

    private void note(Unvalidated figure) {
        unvalidated.putIfAbsent(figure.text(), figure);
    }

    private List<MissedMilestone> missedMilestones(LocalDate asOf) {
        String path = "/milestones" + Upstream.query("asOf", asOf);
        List<MissedMilestone> missed = new ArrayList<>();
        for (JsonNode m : answers.get(UpstreamService.PERFORMANCE, contractPath(path))) {
            if ("MISSED".equals(text(m, "status"))) {
                missed.add(new MissedMilestone(uuid(m, "id"), text(m, "title"), date(m, "dueDate"), text(m, "status"), performance(path)));
            }
        }
        return missed;
    }

    /** An indicator's RAG in the latest quarter up to the pack's with a figure for it, as the pack read it. */
    private Optional<IndicatorRag> latestRag(String code) {
        return rows.stream().filter(r -> code.equals(text(r.row(), "indicatorCode")) && r.row().hasNonNull("value"))
                .max(Comparator.comparing(r -> r.quarter().end()))
                .map(r -> new IndicatorRag(code, text(r.row(), "name"), r.quarter().label(), text(r.row(), "rag"), List.of(), r.source()));
    }

    // ---- finance ----------------------------------------------------------------------------------------------------

    private Finance finance(BusinessYear year, boolean ended) {
        String budgetsPath = contractPath("/budgets");
        JsonNode budget = StreamSupport.stream(answers.get(UpstreamService.FINANCE, budgetsPath).spliterator(), false)
                .filter(b -> year.label().equals(text(b, "financialYear"))).findFirst().orElse(null);
        if (budget == null) {
            return new Finance(year.label(), null, null, null, null, Upstream.source(UpstreamService.FINANCE, budgetsPath));
        }
        String budgetId = text(budget, "id");
        Source budgetSource = Upstream.source(UpstreamService.FINANCE, "/api/v1/budgets/" + budgetId);
        Forecast forecast = forecast(budgetId, year);
        if (ended && (forecast == null || forecast.trend().stream().noneMatch(p -> endsInQuarter(p.period())))) {
            notIn.add(new NotIn("Monitoring return for " + quarter + " of " + year.label(),
                    Upstream.source(UpstreamService.FINANCE, "/api/v1/budgets/" + budgetId + "/monitoring-returns")));
        }
        return new Finance(year.label(), UUID.fromString(budgetId), text(budget, "status"), amount(budget, "total"), forecast, budgetSource);
    }

    /** The forecast from the latest return for a period ending by the quarter's end, with the year's trend up to it. */
    private Forecast forecast(String budgetId, BusinessYear year) {
        String path = "/api/v1/budgets/" + budgetId + "/forecast";
        Optional<JsonNode> latest = unlessNotFound(() -> answers.get(UpstreamService.FINANCE, path));
        if (latest.isEmpty()) {
            return null;
        }
        Optional<String> period = StreamSupport.stream(latest.get().path("trend").spliterator(), false)
                .map(p -> text(p, "period")).filter(this::endsByQuarterEnd)
                .max(Comparator.comparing(p -> Quarter.endOfPeriod(p).orElseThrow()));
        if (period.isEmpty()) {
            return null;
        }
        String chosenPath = period.get().equals(text(latest.get(), "period")) ? path : path + Upstream.query("period", period.get());
        JsonNode f = chosenPath.equals(path) ? latest.get() : answers.get(UpstreamService.FINANCE, chosenPath);
        Source source = Upstream.source(UpstreamService.FINANCE, chosenPath);
        List<ForecastLine> lines = list(f.path("lines"), l -> new ForecastLine(text(l, "code"), text(l, "name"),
                l.path("demandLed").asBoolean(), amount(l, "budget"), amount(l, "actualToDate"), amount(l, "forecastOutturn"),
                amount(l, "variance"), text(l, "variancePercent")));
        ForecastLine driver = lines.stream().filter(l -> l.variance() != null && l.variance().signum() != 0)
                .max(Comparator.comparing(l -> l.variance().abs())).orElse(null);
        List<ForecastPoint> trend = new ArrayList<>();
        for (JsonNode p : f.path("trend")) {
            if (endsByQuarterEnd(text(p, "period"))) {
                trend.add(new ForecastPoint(text(p, "period"), amount(p, "forecastOutturn"), amount(p, "variance"),
                        text(p, "variancePercent"), text(p, "figureStatus")));
                if ("PROVISIONAL".equals(text(p, "figureStatus")) && !period.get().equals(text(p, "period"))) {
                    note(new Unvalidated("Monitoring return " + text(p, "period") + " for " + year.label() + ": provisional",
                            Upstream.source(UpstreamService.FINANCE, path + Upstream.query("period", text(p, "period")))));
                }
            }
        }
        if (!"VALIDATED".equals(text(f, "figureStatus"))) {
            note(new Unvalidated("Monitoring return " + period.get() + " for " + year.label() + ": "
                    + text(f, "returnStatus").toLowerCase(Locale.ROOT) + ", not validated", source));
        }
        return new Forecast(period.get(), uuid(f, "returnId"), text(f, "returnStatus"), text(f, "figureStatus"), amount(f, "budget"),
                amount(f, "actualToDate"), amount(f, "forecastOutturn"), amount(f, "variance"), text(f, "variancePercent"), lines, driver,
                trend, source);
    }

    private boolean endsByQuarterEnd(String period) {
        return Quarter.endOfPeriod(period).map(end -> !end.isAfter(quarter.end())).orElse(false);
    }

    private boolean endsInQuarter(String period) {
        return Quarter.endOfPeriod(period).map(quarter::contains).orElse(false);
    }

    // ---- contract ---------------------------------------------------------------------------------------------------

    /**
     * The change requests raised or decided in the quarter, with their steps in it. A step's date is the business date
     * the service gives for it where there is one (the agreement in principle's date, the date of the signatures), else
     * the day it was taken, in UK time.
     */
    private List<ChangeRequest> changeRequests() {
        List<ChangeRequest> changes = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode answer = answers.get(UpstreamService.CONTRACT, contractPath("/change-requests" + Upstream.query("page", page, "size", PAGE)));
            for (JsonNode change : answer) {
                List<ChangeStep> steps = new ArrayList<>();
                boolean opened = false;
                boolean decided = false;
                boolean first = true;
                for (JsonNode step : change.path("steps")) {
                    String to = text(step, "to");
                    LocalDate on = stepDate(change, step);
                    if (on != null && quarter.contains(on) && !java.util.Objects.equals(to, text(step, "from"))) {
                        steps.add(new ChangeStep(on, to, text(step, "actor"), text(step, "reason")));
                        opened |= first;
                        decided |= DECISIONS.contains(to);
                    }
                    first = false;
                }
                if (opened || decided) {
                    changes.add(new ChangeRequest(uuid(change, "id"), text(change, "reference"), text(change, "title"),
                            text(change, "type"), text(change, "status"), opened, decided, steps, text(change, "rationale"),
                            Upstream.source(UpstreamService.CONTRACT, "/api/v1/change-requests/" + text(change, "id"))));
                }
            }
            if (answer.size() < PAGE) {
                return changes;
            }
        }
    }

    private static LocalDate stepDate(JsonNode change, JsonNode step) {
        if ("AGREED_IN_PRINCIPLE".equals(text(step, "to")) && change.path("agreement").hasNonNull("agreedOn")) {
            return date(change.path("agreement"), "agreedOn");
        }
        String at = text(step, "at");
        return at == null ? null : Instant.parse(at).atZone(UK).toLocalDate();
    }

    // ---- reading answers --------------------------------------------------------------------------------------------

    private String contractPath(String rest) {
        return "/api/v1/contracts/" + contractId + rest;
    }

    private Source performance(String rest) {
        return Upstream.source(UpstreamService.PERFORMANCE, contractPath(rest));
    }

    private static Optional<JsonNode> unlessNotFound(java.util.function.Supplier<JsonNode> answer) {
        try {
            return Optional.of(answer.get());
        } catch (ProblemException e) {
            if (e.type() == ProblemType.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
