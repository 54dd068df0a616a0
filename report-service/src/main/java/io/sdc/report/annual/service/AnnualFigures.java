package io.sdc.report.annual.service;

import io.sdc.report.assembly.FigureValidation;
import io.sdc.report.assembly.FigureValidation.Unvalidated;
import io.sdc.report.assembly.Sentences;
import io.sdc.report.improvement.ImprovementPlanSummary.IndicatorRag;
import io.sdc.report.improvement.service.ImprovementFigures;
import com.fasterxml.jackson.databind.JsonNode;
import io.sdc.platform.money.Money;
import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.problem.ProblemType;
import io.sdc.report.annual.AnnualReport;
import io.sdc.report.annual.AnnualReport.AreaJudgement;
import io.sdc.report.annual.AnnualReport.Attendee;
import io.sdc.report.annual.AnnualReport.Comparator;
import io.sdc.report.annual.AnnualReport.ForecastLine;
import io.sdc.report.annual.AnnualReport.Indicator;
import io.sdc.report.annual.AnnualReport.Inspection;
import io.sdc.report.annual.ContractYear;
import io.sdc.report.rendering.ReportDocument.Source;
import io.sdc.report.upstream.Upstream;
import io.sdc.report.upstream.UpstreamService;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static io.sdc.report.assembly.ReportWords.and;
import static io.sdc.report.assembly.ReportWords.count;
import static io.sdc.report.assembly.ReportWords.date;
import static io.sdc.report.assembly.ReportWords.lowerFirst;
import static io.sdc.report.assembly.ReportWords.money;
import static io.sdc.report.assembly.ReportWords.value;
import static io.sdc.report.assembly.ReportWords.words;
import static io.sdc.report.upstream.Answers.amount;
import static io.sdc.report.upstream.Answers.date;
import static io.sdc.report.upstream.Answers.decimal;
import static io.sdc.report.upstream.Answers.list;
import static io.sdc.report.upstream.Answers.text;
import static io.sdc.report.upstream.Upstream.query;
import static io.sdc.report.upstream.UpstreamService.CONTRACT;
import static io.sdc.report.upstream.UpstreamService.FINANCE;
import static io.sdc.report.upstream.UpstreamService.PERFORMANCE;

/**
 * Reads the figures of the annual report on a contract year from the services' public APIs, as the person asking:
 * the contract; the basket's scorecard for the period that ends with the year and the year's performance summary;
 * the inspections from the year's start to the day the report is made; the milestones and the latest improvement
 * plan (with the actions completed in the year) as at the year's end; the
 * outturn of the last financial year that ended within the year, the forecast of the financial year in progress at
 * its end, and the next year's budget confirmed in principle; the year's annual review and the changes it agreed in
 * principle.
 */
public class AnnualFigures {

    private static final Set<String> GOOD_OR_BETTER = Set.of("GOOD", "OUTSTANDING");

    private final Upstream upstream;
    private final Sentences sentences;

    public AnnualFigures(Upstream upstream, Sentences sentences) {
        this.upstream = upstream;
        this.sentences = sentences;
    }

    public AnnualReport read(UUID contractId, String contractYear, LocalDate reportDate) {
        ContractYear.firstYear(contractYear);
        String contractPath = "/api/v1/contracts/" + contractId;
        JsonNode contract = upstream.get(CONTRACT, contractPath);
        ContractYear year = ContractYear.parse(contractYear, MonthDay.parse(text(contract, "contractYearStart")),
                date(contract, "commencementDate"), date(contract, "expiryDate"));
        MonthDay financialYearStart = MonthDay.parse(text(contract, "financialYearStart"));
        List<Unvalidated> unvalidated = new ArrayList<>();

        AnnualReport.Performance performance = performance(contractPath, year, unvalidated);
        JsonNode review = review(contractPath, year);
        AnnualReport.Review reviewPart = review == null ? null : reviewPart(review);
        AnnualReport.Finance finance = finance(contractPath, year, financialYearStart, unvalidated);
        ImprovementFigures.Plans plans = ImprovementFigures.asAt(upstream, contractId, year.end(), year.start(), code ->
                performance.indicators().stream().filter(i -> code.equals(i.code()) && i.value() != null).findFirst()
                        .map(i -> new IndicatorRag(code, i.name(), i.period(), i.rag(), List.of(), performance.source())));
        return new AnnualReport(
                new AnnualReport.ContractPart(contractId, text(contract, "reference"), text(contract, "title"),
                        text(contract.path("commissioner"), "name"), text(contract.path("provider"), "name"),
                        year.label(), year.start(), year.end(), reportDate, Upstream.source(CONTRACT, contractPath)),
                FigureValidation.of(unvalidated),
                performance,
                inspections(contractPath, year, reportDate),
                milestones(contractPath, year),
                plans.latest(), plans.source(),
                finance,
                nextYearBudget(contractPath, year, financialYearStart, review),
                reviewPart,
                proposedChanges(review),
                new AnnualReport.Signatories(reviewPart == null ? List.of() : reviewPart.attendees(),
                        "Those who attended the annual review of the contract year, for each party",
                        reviewPart == null ? null : reviewPart.source()));
    }

    private AnnualReport.Performance performance(String contractPath, ContractYear year, List<Unvalidated> unvalidated) {
        String period = periodEnding(year.end());
        String scorecardPath = contractPath + "/scorecard" + query("period", period);
        String summaryPath = contractPath + "/performance-summary" + query("contractYear", year.label());
        JsonNode scorecard = upstream.get(PERFORMANCE, scorecardPath);
        JsonNode summary = upstream.get(PERFORMANCE, summaryPath);
        Source source = Upstream.source(PERFORMANCE, scorecardPath);
        List<Indicator> indicators = new ArrayList<>();
        for (JsonNode indicator : scorecard.path("indicators")) {
            indicators.add(indicator(indicator, period));
            String validation = text(indicator, "validation");
            if (!"VALIDATED".equals(validation)) {
                unvalidated.add(new Unvalidated(sentences.make("annual/unvalidated", "kind", "indicator",
                        "name", text(indicator, "name"), "period", period,
                        "status", words(validation) + (indicator.path("correctionPending").asBoolean() ? ", a correction awaits validation" : ""),
                        "financialYear", ""), source));
            }
        }
        int improvingOrStable = summary.path("improvingOrStable").asInt();
        int comparable = summary.path("comparable").asInt();
        return new AnnualReport.Performance(period, improvingOrStable, comparable,
                sentences.make("annual/performance-summary", "improvingOrStable", improvingOrStable,
                        "comparable", comparable, "contractYear", year.label(), "period", period),
                indicators, source, Upstream.source(PERFORMANCE, summaryPath));
    }

    private Indicator indicator(JsonNode indicator, String period) {
        String unit = text(indicator, "unit");
        BigDecimal baseline = decimal(indicator, "baselineValue");
        BigDecimal value = decimal(indicator, "value");
        List<Comparator> comparators = list(indicator.path("comparators"), comparator -> new Comparator(
                text(comparator, "kind"), decimal(comparator, "value"), text(comparator, "dataYear"), text(comparator, "position")));
        String statement = baseline == null || value == null ? null : sentences.make("annual/indicator",
                "name", text(indicator, "name"),
                "same", baseline.compareTo(value) == 0, "fell", value.compareTo(baseline) < 0,
                "baseline", value(baseline, unit), "value", value(value, unit),
                "better", kindsAt(comparators, "BETTER"), "same_as", kindsAt(comparators, "SAME"),
                "worse", kindsAt(comparators, "WORSE"));
        return new Indicator(text(indicator, "indicatorCode"), text(indicator, "name"), unit, text(indicator, "polarity"),
                baseline, value, period, decimal(indicator, "target"), text(indicator, "directionSinceBaseline"),
                text(indicator, "rag"), text(indicator, "validation"), comparators, statement);
    }

    private static String kindsAt(List<Comparator> comparators, String position) {
        return and(comparators.stream().filter(c -> position.equals(c.position())).map(c -> words(c.kind())).toList());
    }

    private AnnualReport.Inspections inspections(String contractPath, ContractYear year, LocalDate reportDate) {
        String path = contractPath + "/inspections";
        List<Inspection> all = list(upstream.get(PERFORMANCE, path), inspection -> new Inspection(
                UUID.fromString(text(inspection, "id")), date(inspection, "date"), text(inspection, "inspectorate"),
                text(inspection, "type"), text(inspection, "overallJudgement"),
                list(inspection.path("areaJudgements"), area -> new AreaJudgement(text(area, "area"), text(area, "judgement"))),
                inspection.path("recommendations").asInt()));
        List<Inspection> made = all.stream()
                .filter(inspection -> !inspection.date().isBefore(year.start()) && !inspection.date().isAfter(reportDate))
                .sorted(java.util.Comparator.comparing(Inspection::date).thenComparing(Inspection::type))
                .toList();
        List<Inspection> inYear = made.stream().filter(inspection -> !inspection.date().isAfter(year.end())).toList();
        List<Inspection> since = made.stream().filter(inspection -> inspection.date().isAfter(year.end())).toList();
        long goodOrBetter = inYear.stream().filter(inspection -> GOOD_OR_BETTER.contains(inspection.overallJudgement())).count();
        return new AnnualReport.Inspections(inYear, since,
                sentences.make("annual/inspections", "none", inYear.isEmpty(), "one", inYear.size() == 1,
                        "count", count(inYear.size()), "contractYear", year.label(),
                        "all", inYear.size() > 1 && goodOrBetter == inYear.size(),
                        "goodOrBetter", goodOrBetter == 0 ? "" : count((int) goodOrBetter)),
                Upstream.source(PERFORMANCE, path));
    }

    private AnnualReport.Milestones milestones(String contractPath, ContractYear year) {
        String path = contractPath + "/milestones" + query("asOf", year.end());
        return new AnnualReport.Milestones(year.end(), list(upstream.get(PERFORMANCE, path), milestone -> {
            String status = text(milestone, "status");
            LocalDate due = date(milestone, "dueDate");
            return new AnnualReport.Milestone(text(milestone, "title"), text(milestone, "targetJudgement"), due, status,
                    sentences.make("annual/milestone", "asOf", date(year.end()), "title", text(milestone, "title"),
                            "due", date(due), "status", status, "statusWords", words(status)));
        }), Upstream.source(PERFORMANCE, path));
    }

    private AnnualReport.Finance finance(String contractPath, ContractYear year, MonthDay financialYearStart,
                                         List<Unvalidated> unvalidated) {
        JsonNode budgets = budgets(contractPath);
        ContractYear atYearEnd = ContractYear.containing(year.end(), financialYearStart);
        boolean endsTogether = atYearEnd.end().equals(year.end());
        ContractYear closed = endsTogether ? atYearEnd : atYearEnd.previous();
        AnnualReport.Outturn outturn = budget(budgets, closed.label()).map(budget -> outturn(budget, closed)).orElse(null);
        if (outturn == null) {
            unvalidated.add(new Unvalidated(sentences.make("annual/unvalidated", "kind", "outturn",
                    "financialYear", closed.label(), "status", "not yet worked out", "name", "", "period", ""), null));
        } else if (!"FINAL".equals(outturn.status())) {
            unvalidated.add(new Unvalidated(sentences.make("annual/unvalidated", "kind", "outturn",
                    "financialYear", closed.label(), "status", words(outturn.status()), "name", "", "period", ""), outturn.source()));
        }
        AnnualReport.Forecast forecast = endsTogether ? null
                : budget(budgets, atYearEnd.label()).map(budget -> forecast(budget, atYearEnd, year.end())).orElse(null);
        if (forecast != null && !"VALIDATED".equals(forecast.figureStatus())) {
            unvalidated.add(new Unvalidated(sentences.make("annual/unvalidated", "kind", "return",
                    "period", forecast.period(), "financialYear", forecast.financialYear(),
                    "status", words(forecast.returnStatus()), "name", ""), forecast.source()));
        }
        return new AnnualReport.Finance(outturn, forecast);
    }

    private AnnualReport.Outturn outturn(JsonNode budget, ContractYear financialYear) {
        String path = "/api/v1/budgets/" + text(budget, "id") + "/outturn";
        JsonNode outturn = orNotFound(FINANCE, path);
        if (outturn == null) {
            return null;
        }
        JsonNode calculation = outturn.path("calculation");
        Money after = amount(outturn, "trustPositionAfterRiskShare");
        Money variance = amount(calculation, "totalVariance");
        String status = text(outturn, "status");
        String position = text(calculation, "position");
        String statement = sentences.make("annual/outturn", "none", false, "status", words(status),
                "financialYear", financialYear.label(), "outturn", money(amount(calculation, "outturn")),
                "budget", money(amount(calculation, "budget")),
                "underspend", "UNDERSPEND".equals(position), "overspend", "OVERSPEND".equals(position),
                "variance", money(variance), "surplus", after.signum() > 0, "deficit", after.signum() < 0, "after", money(after));
        return new AnnualReport.Outturn(financialYear.label(), status, amount(calculation, "budget"),
                amount(calculation, "outturn"), variance, position,
                list(calculation.path("bands"), band -> new AnnualReport.Band(amount(band, "from"), amount(band, "to"),
                        amount(band, "amount"), decimal(band, "trustSharePercent"), amount(band, "trustAmount"),
                        amount(band, "councilAmount"))),
                amount(calculation, "trustShare"), amount(calculation, "councilShare"), after, statement,
                Upstream.source(FINANCE, path));
    }

    private AnnualReport.Forecast forecast(JsonNode budget, ContractYear financialYear, LocalDate by) {
        String path = "/api/v1/budgets/" + text(budget, "id") + "/forecast";
        JsonNode forecast = orNotFound(FINANCE, path);
        if (forecast != null && periodEnd(text(forecast, "period")).isAfter(by)) {
            Optional<String> earlier = StreamSupport.stream(forecast.path("trend").spliterator(), false)
                    .map(point -> text(point, "period"))
                    .filter(period -> !periodEnd(period).isAfter(by))
                    .reduce((first, second) -> second);
            path = path + query("period", earlier.orElse(null));
            forecast = earlier.isEmpty() ? null : orNotFound(FINANCE, path);
        }
        if (forecast == null) {
            return null;
        }
        List<ForecastLine> lines = list(forecast.path("lines"), line -> new ForecastLine(text(line, "code"),
                text(line, "name"), amount(line, "budget"), amount(line, "forecastOutturn"), amount(line, "variance")));
        ForecastLine driver = lines.stream().filter(line -> !line.variance().isZero())
                .max(java.util.Comparator.comparing(line -> line.variance().abs())).orElse(null);
        Money variance = amount(forecast, "variance");
        String period = text(forecast, "period");
        long months = ChronoUnit.MONTHS.between(financialYear.start(), periodEnd(period).plusDays(1));
        String statement = sentences.make("annual/forecast", "none", false, "quarter", (months + 2) / 3,
                "financialYear", financialYear.label(), "period", period,
                "overspend", variance.signum() > 0, "underspend", variance.signum() < 0, "variance", money(variance),
                "budget", money(amount(forecast, "budget")), "percent", Optional.ofNullable(decimal(forecast, "variancePercent")).map(p -> p.abs().toPlainString()).orElse(""),
                "driver", driver == null ? "" : lowerFirst(driver.name()),
                "allOnDriver", driver != null && driver.variance().equals(variance),
                "driverAmount", driver == null ? "" : money(driver.variance()),
                "figureStatus", words(text(forecast, "figureStatus")), "yearEnd", "");
        return new AnnualReport.Forecast(financialYear.label(), period, amount(forecast, "budget"),
                amount(forecast, "forecastOutturn"), variance, decimal(forecast, "variancePercent"),
                text(forecast, "returnStatus"), text(forecast, "figureStatus"), lines, driver, statement,
                Upstream.source(FINANCE, path));
    }

    private AnnualReport.NextYearBudget nextYearBudget(String contractPath, ContractYear year, MonthDay financialYearStart,
                                                       JsonNode review) {
        String label = review != null && review.hasNonNull("budgetConfirmedInPrinciple")
                ? text(review.path("budgetConfirmedInPrinciple"), "financialYear")
                : ContractYear.containing(year.end(), financialYearStart).next().label();
        return budget(budgets(contractPath), label).map(budget -> {
            List<AnnualReport.Adjustment> adjustments = StreamSupport.stream(budget.path("adjustments").spliterator(), false)
                    .filter(adjustment -> !adjustment.path("withdrawn").asBoolean())
                    .map(adjustment -> new AnnualReport.Adjustment(text(adjustment, "category"), amount(adjustment, "amount"),
                            text(adjustment, "rationale")))
                    .toList();
            Money change = amount(budget, "netChange");
            String status = text(budget, "status");
            return new AnnualReport.NextYearBudget(label, amount(budget, "baseAmount"), text(budget, "baseSource"),
                    adjustments, amount(budget, "total"), change, status,
                    sentences.make("annual/next-year-budget", "none", false, "financialYear", label,
                            "status", words(status), "total", money(amount(budget, "total")),
                            "reduction", change.signum() < 0, "increase", change.signum() > 0, "change", money(change),
                            "base", money(amount(budget, "baseAmount")), "baseSource", lowerFirst(text(budget, "baseSource")),
                            "adjustments", count(adjustments.size())),
                    Upstream.source(FINANCE, "/api/v1/budgets/" + text(budget, "id")));
        }).orElse(null);
    }

    private JsonNode review(String contractPath, ContractYear year) {
        for (JsonNode review : upstream.get(CONTRACT, contractPath + "/annual-reviews")) {
            if (year.label().equals(text(review, "contractYear"))) {
                return review;
            }
        }
        return null;
    }

    private static AnnualReport.Review reviewPart(JsonNode review) {
        return new AnnualReport.Review(UUID.fromString(text(review, "id")), date(review, "reviewDate"),
                text(review, "performanceSummary"), list(review.path("strategicPriorities"), JsonNode::asText),
                list(review.path("areasOfJointFocus"), JsonNode::asText),
                list(review.path("attendees"), attendee -> new Attendee(text(attendee, "name"), text(attendee, "position"),
                        text(attendee, "party"))),
                Upstream.source(CONTRACT, "/api/v1/annual-reviews/" + text(review, "id")));
    }

    private List<AnnualReport.ProposedChange> proposedChanges(JsonNode review) {
        if (review == null) {
            return List.of();
        }
        return list(review.path("changesAgreedInPrinciple"), agreed -> {
            String path = "/api/v1/change-requests/" + text(agreed, "id");
            JsonNode change = upstream.get(CONTRACT, path);
            return new AnnualReport.ProposedChange(UUID.fromString(text(change, "id")), text(change, "reference"),
                    text(change, "title"), text(change, "type"), text(change, "rationale"), text(change, "status"),
                    date(change, "effectiveDate"), change.path("requiresStatutoryDirection").asBoolean(),
                    text(change, "statutoryDirectionReference"), Upstream.source(CONTRACT, path));
        });
    }

    private JsonNode budgets(String contractPath) {
        return upstream.get(FINANCE, contractPath + "/budgets");
    }

    private static Optional<JsonNode> budget(JsonNode budgets, String financialYear) {
        return StreamSupport.stream(budgets.spliterator(), false)
                .filter(budget -> financialYear.equals(text(budget, "financialYear")))
                .findFirst();
    }

    /** The answer, or null where the service has nothing there yet (404). */
    private JsonNode orNotFound(UpstreamService service, String path) {
        try {
            return upstream.get(service, path);
        } catch (ProblemException e) {
            if (e.type() == ProblemType.NOT_FOUND) {
                return null;
            }
            throw e;
        }
    }

    /** The calendar quarter (2015-Q3) that ends on the day, else the month (2015-06) it is in. */
    static String periodEnding(LocalDate end) {
        boolean quarterEnd = end.getMonthValue() % 3 == 0 && end.getDayOfMonth() == end.lengthOfMonth();
        return quarterEnd ? end.getYear() + "-Q" + end.getMonthValue() / 3 : YearMonth.from(end).toString();
    }

    /** The last day of a period written as a quarter (2015-Q3) or a month (2015-06). */
    static LocalDate periodEnd(String period) {
        int quarter = period.indexOf("-Q");
        if (quarter > 0) {
            return YearMonth.of(Integer.parseInt(period.substring(0, quarter)),
                    Integer.parseInt(period.substring(quarter + 2)) * 3).atEndOfMonth();
        }
        return YearMonth.parse(period).atEndOfMonth();
    }
}
