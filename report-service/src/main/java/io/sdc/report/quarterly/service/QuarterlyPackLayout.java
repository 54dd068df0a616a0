package io.sdc.report.quarterly.service;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.sdc.platform.money.Money;
import io.sdc.report.improvement.service.ImprovementLayout;
import io.sdc.report.quarterly.Quarter;
import io.sdc.report.quarterly.QuarterlyPack;
import io.sdc.report.quarterly.QuarterlyPack.ChangeRequest;
import io.sdc.report.quarterly.QuarterlyPack.Finance;
import io.sdc.report.quarterly.QuarterlyPack.Forecast;
import io.sdc.report.quarterly.QuarterlyPack.ForecastLine;
import io.sdc.report.quarterly.QuarterlyPack.Indicator;
import io.sdc.report.quarterly.QuarterlyPack.Overdue;
import io.sdc.report.quarterly.QuarterlyPack.Trend;
import io.sdc.report.quarterly.QuarterlyPack.TrendPoint;
import io.sdc.report.rendering.ReportDocument;
import io.sdc.report.rendering.ReportDocument.Block;
import io.sdc.report.rendering.ReportDocument.Cell;
import io.sdc.report.rendering.ReportDocument.Chart;
import io.sdc.report.rendering.ReportDocument.ListBlock;
import io.sdc.report.rendering.ReportDocument.Paragraph;
import io.sdc.report.rendering.ReportDocument.Quote;
import io.sdc.report.rendering.ReportDocument.Section;
import io.sdc.report.rendering.ReportDocument.Series;
import io.sdc.report.rendering.ReportDocument.Source;
import io.sdc.report.rendering.ReportDocument.Style;
import io.sdc.report.rendering.ReportDocument.Table;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import static io.sdc.report.assembly.ReportWords.capitalised;
import static io.sdc.report.assembly.ReportWords.date;
import static io.sdc.report.assembly.ReportWords.lowerFirst;
import static io.sdc.report.assembly.ReportWords.money;
import static io.sdc.report.assembly.ReportWords.moneyInFull;
import static io.sdc.report.assembly.ReportWords.value;
import static io.sdc.report.assembly.ReportWords.words;

/**
 * The quarterly pack as its readers see it: a summary in sentences, the exceptions (red, then amber indicators, each
 * with the trust's commentary quoted), the scorecard, the trend charts with target and tolerance limit, the contract
 * year so far, the finance forecast with its trend, the change requests of the quarter, the improvement board's view
 * of the latest improvement plan at the quarter's end and what is overdue. Sentences
 * come from the templates in {@code templates/quarterly/}; what people wrote (commentary, rationale, reasons) is quoted
 * as they wrote it.
 */
@ApplicationScoped
public class QuarterlyPackLayout {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    @Inject
    @Location("quarterly/rag-summary.txt")
    Template ragSummary;

    @Inject
    @Location("quarterly/exception.txt")
    Template exception;

    @Inject
    @Location("quarterly/year-summary.txt")
    Template yearSummary;

    @Inject
    @Location("quarterly/forecast.txt")
    Template forecast;

    @Inject
    @Location("quarterly/changes.txt")
    Template changes;

    @Inject
    @Location("quarterly/overdue.txt")
    Template overdue;

    @Inject
    @Location("quarterly/trend.txt")
    Template trend;

    @Inject
    @Location("quarterly/notice.txt")
    Template notice;

    @Inject
    ImprovementLayout improvement;

    public ReportDocument document(QuarterlyPack pack) {
        List<String> notices = new ArrayList<>();
        if (!pack.validation().allValidated()) {
            notices.add(render(notice.data("count", pack.validation().unvalidated().size())));
            pack.validation().unvalidated().forEach(u -> notices.add(u.text()));
        }
        Quarter quarter = Quarter.parse("period", pack.period());
        String subtitle = pack.contract().title() + " (" + pack.contract().reference() + ") between " + pack.contract().commissioner()
                + " and " + pack.contract().provider() + ": " + MONTH.format(quarter.start()).replaceFirst(" \\d{4}$", "")
                + " to " + MONTH.format(quarter.end());
        return new ReportDocument("Quarterly performance pack " + pack.period(), subtitle, notices, List.of(
                new Section("Summary", summary(pack)),
                new Section("Exceptions", exceptions(pack)),
                new Section("Scorecard", List.of(scorecard(pack))),
                new Section("Trends", pack.trends().stream().map(this::chart).map(Block.class::cast).toList()),
                new Section("Contract year " + pack.contractYear().contractYear() + " so far", contractYear(pack)),
                new Section("Finance", finance(pack)),
                new Section("Change requests", changeRequests(pack)),
                new Section("Improvement plan", improvement.quarter(pack.improvementPlan(), pack.asOf(), pack.improvementPlans())),
                new Section("Overdue", overdue(pack))));
    }

    private List<Block> summary(QuarterlyPack pack) {
        return List.of(
                new Paragraph(ragSentence(pack), pack.scorecard().source()),
                new Paragraph(yearSentence(pack), pack.contractYear().source()),
                new Paragraph(forecastSentence(pack), pack.finance().forecast() == null ? pack.finance().source()
                        : pack.finance().forecast().source()),
                new Paragraph(changesSentence(pack), null),
                new Paragraph(overdueSentence(pack), null));
    }

    private String ragSentence(QuarterlyPack pack) {
        var summary = pack.scorecard().summary();
        return render(ragSummary.data("period", pack.period()).data("total", pack.scorecard().indicators().size())
                .data("green", summary.getOrDefault("GREEN", 0)).data("amber", summary.getOrDefault("AMBER", 0))
                .data("red", summary.getOrDefault("RED", 0)).data("noData", summary.getOrDefault("NO_DATA", 0))
                .data("suppressed", summary.getOrDefault("SUPPRESSED", 0)));
    }

    private String yearSentence(QuarterlyPack pack) {
        QuarterlyPack.ContractYear year = pack.contractYear();
        return render(yearSummary.data("contractYear", year.contractYear()).data("start", date(year.start()))
                .data("improvingOrStable", year.improvingOrStable()).data("comparable", year.comparable())
                .data("total", year.indicators().size()));
    }

    private String forecastSentence(QuarterlyPack pack) {
        Finance finance = pack.finance();
        Forecast f = finance.forecast();
        TemplateInstance sentence = forecast.data("financialYear", finance.financialYear())
                .data("budget", finance.budget() == null ? null : money(finance.budget()))
                .data("asOf", date(pack.asOf()));
        if (f == null) {
            return render(sentence.data("period", null).data("position", null).data("amount", null).data("percent", null)
                    .data("driver", null).data("driverAmount", null).data("allOnDriver", false).data("figures", null));
        }
        ForecastLine driver = f.driver();
        return render(sentence.data("period", f.period()).data("budget", money(f.budget()))
                .data("position", f.variance().signum() > 0 ? "overspend" : f.variance().signum() < 0 ? "underspend" : "on budget")
                .data("amount", money(f.variance())).data("percent", f.variancePercent() == null ? "" : f.variancePercent().replace("-", ""))
                .data("driver", driver == null ? null : lowerFirst(driver.name()))
                .data("driverAmount", driver == null ? null : money(driver.variance()))
                .data("allOnDriver", driver != null && driver.variance().equals(f.variance()))
                .data("figures", words(f.figureStatus())));
    }

    private String changesSentence(QuarterlyPack pack) {
        return render(changes.data("period", pack.period())
                .data("opened", (int) pack.changeRequests().stream().filter(ChangeRequest::opened).count())
                .data("decided", (int) pack.changeRequests().stream().filter(ChangeRequest::decided).count()));
    }

    private String overdueSentence(QuarterlyPack pack) {
        Overdue o = pack.overdue();
        return render(overdue.data("asOf", date(o.asOf())).data("period", pack.period()).data("actions", o.actions().size())
                .data("milestones", o.milestones().size()).data("notIn", o.notIn().size()));
    }

    private List<Block> exceptions(QuarterlyPack pack) {
        List<Block> blocks = new ArrayList<>();
        for (Indicator i : pack.scorecard().indicators()) {
            if (!i.exception()) {
                continue;
            }
            blocks.add(new Paragraph(render(exception.data("name", i.name()).data("rag", words(i.rag()))
                    .data("value", value(i.value(), i.unit())).data("target", value(i.target(), i.unit()))
                    .data("limit", value(i.toleranceLimit(), i.unit()))
                    .data("previous", i.previousValue() == null ? null : value(i.previousValue(), i.unit()))
                    .data("sincePrevious", direction(i.directionSincePreviousPeriod()))
                    .data("baseline", i.baselineValue() == null ? null : value(i.baselineValue(), i.unit()))
                    .data("sinceBaseline", direction(i.directionSinceBaseline()))), i.source()));
            blocks.add(i.commentary() == null
                    ? new Paragraph("The trust gave no commentary on this figure.", i.source())
                    : new Quote(i.commentary(), "The trust's commentary on " + i.name() + ", " + pack.period()));
        }
        if (blocks.isEmpty()) {
            blocks.add(new Paragraph("No indicator is red or amber in " + pack.period() + ".", pack.scorecard().source()));
        }
        return blocks;
    }

    private static String direction(String direction) {
        return direction == null || "NOT_COMPARABLE".equals(direction) ? null : words(direction);
    }

    private static Table scorecard(QuarterlyPack pack) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Indicator i : pack.scorecard().indicators()) {
            rows.add(List.of(Cell.of(i.name()), new Cell(value(i.value(), i.unit()), i.source(), null),
                    Cell.of(value(i.target(), i.unit())), Cell.of(value(i.toleranceLimit(), i.unit())),
                    new Cell(capitalised(i.rag()), null, i.rag()), Cell.of(capitalised(i.directionSincePreviousPeriod())),
                    Cell.of(capitalised(i.directionSinceBaseline())), Cell.of(capitalised(i.validation()))));
        }
        return new Table("Scorecard for " + pack.period() + ", basket version " + pack.scorecard().basketVersionNumber()
                + ": red and amber indicators first",
                List.of("Indicator", "Value", "Target", "Tolerance limit", "RAG", "Since last quarter", "Since baseline", "Validation"),
                rows, true);
    }

    private Chart chart(Trend t) {
        List<TrendPoint> points = t.points();
        return new Chart(t.name(), render(trend.data("name", t.name()).data("first", points.get(0).period())
                .data("last", points.get(points.size() - 1).period())
                .data("polarity", "HIGHER_IS_BETTER".equals(t.polarity()) ? "higher" : "lower")),
                points.stream().map(TrendPoint::period).toList(), List.of(
                new Series(t.name(), values(points, TrendPoint::value), Style.LINE),
                new Series("Target", values(points, TrendPoint::target), Style.TARGET),
                new Series("Tolerance limit", values(points, TrendPoint::toleranceLimit), Style.TOLERANCE)),
                axisUnit(t.unit()));
    }

    /** The unit a chart's axis shows for a performance-service unit code. */
    private static String axisUnit(String unit) {
        return switch (unit == null ? "" : unit) {
            case "PERCENT" -> "%";
            case "DAYS" -> "days";
            case "RATE_PER_10000" -> "per 10,000";
            default -> "";
        };
    }

    private static List<BigDecimal> values(List<TrendPoint> points, Function<TrendPoint, BigDecimal> value) {
        List<BigDecimal> values = new ArrayList<>();
        points.forEach(p -> values.add(value.apply(p)));
        return values;
    }

    private List<Block> contractYear(QuarterlyPack pack) {
        QuarterlyPack.ContractYear year = pack.contractYear();
        List<List<Cell>> rows = new ArrayList<>();
        for (QuarterlyPack.YearIndicator i : year.indicators()) {
            String unit = pack.scorecard().indicators().stream().filter(s -> s.code().equals(i.code())).map(Indicator::unit)
                    .findFirst().orElse(null);
            rows.add(List.of(Cell.of(i.name()), Cell.of(value(i.baselineValue(), unit)),
                    new Cell(value(i.latestValue(), unit), i.source(), null), Cell.of(i.latestPeriod() == null ? "" : i.latestPeriod()),
                    Cell.of(capitalised(i.sinceBaseline())), new Cell(capitalised(i.rag()), null, i.rag()),
                    Cell.of(capitalised(i.validation()))));
        }
        return List.of(new Paragraph(yearSentence(pack), year.source()),
                new Table("Contract year " + year.contractYear() + " (" + date(year.start()) + " to " + date(year.end())
                        + "): latest value against the contract baseline",
                        List.of("Indicator", "Baseline", "Latest", "Period", "Since baseline", "RAG", "Validation"), rows, true));
    }

    private List<Block> finance(QuarterlyPack pack) {
        Finance finance = pack.finance();
        List<Block> blocks = new ArrayList<>();
        Forecast f = finance.forecast();
        blocks.add(new Paragraph(forecastSentence(pack), f == null ? finance.source() : f.source()));
        if (f == null) {
            return blocks;
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (ForecastLine l : f.lines()) {
            rows.add(List.of(Cell.of(l.name() + (l.demandLed() ? " (demand-led)" : "")), Cell.of(moneyInFull(l.budget())),
                    Cell.of(moneyInFull(l.actualToDate())), Cell.of(moneyInFull(l.forecastOutturn())),
                    new Cell(moneyInFull(l.variance()), f.source(), null), Cell.of(percent(l.variancePercent()))));
        }
        rows.add(List.of(Cell.of("Total"), Cell.of(moneyInFull(f.budget())), Cell.of(moneyInFull(f.actualToDate())),
                Cell.of(moneyInFull(f.forecastOutturn())), new Cell(moneyInFull(f.variance()), f.source(), null),
                Cell.of(percent(f.variancePercent()))));
        blocks.add(new Table("Forecast against budget for " + finance.financialYear() + " from the " + f.period()
                + " monitoring return (" + words(f.returnStatus()) + ", figures " + words(f.figureStatus()) + ")",
                List.of("Budget line", "Budget", "Actual to date", "Forecast outturn", "Variance", "Variance %"), rows, true));
        List<QuarterlyPack.ForecastPoint> trend = f.trend();
        blocks.add(new Chart("Forecast outturn " + finance.financialYear(),
                "The forecast outturn of each monitoring return for " + finance.financialYear() + " up to " + f.period()
                        + ", against the budget of " + money(f.budget()) + ".",
                trend.stream().map(QuarterlyPack.ForecastPoint::period).toList(), List.of(
                new Series("Forecast outturn", trend.stream().map(p -> amount(p.forecastOutturn())).toList(), Style.LINE),
                new Series("Budget", trend.stream().map(p -> f.budget().amount()).toList(), Style.TARGET)), "£"));
        return blocks;
    }

    private static BigDecimal amount(Money money) {
        return money == null ? null : money.amount();
    }

    private static String percent(String percent) {
        return percent == null ? "" : percent + "%";
    }

    private List<Block> changeRequests(QuarterlyPack pack) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(changesSentence(pack), null));
        if (pack.changeRequests().isEmpty()) {
            return blocks;
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (ChangeRequest c : pack.changeRequests()) {
            String steps = String.join("; ", c.steps().stream().map(s -> capitalised(s.to()) + " on " + date(s.on())).toList());
            rows.add(List.of(new Cell(c.reference(), c.source(), null), Cell.of(c.title()), Cell.of(capitalised(c.type())),
                    Cell.of(steps), new Cell(capitalised(c.status()), c.source(), c.status())));
        }
        blocks.add(new Table("Change requests raised or decided in " + pack.period(),
                List.of("Reference", "Title", "Type", "In the quarter", "Status now"), rows, true));
        for (ChangeRequest c : pack.changeRequests()) {
            if (c.rationale() != null && !c.rationale().isBlank()) {
                blocks.add(new Quote(c.rationale(), "Rationale of " + c.reference() + ", " + c.title()));
            }
            c.steps().stream().filter(s -> s.reason() != null && !s.reason().isBlank()).forEach(s -> blocks.add(
                    new Quote(s.reason(), "Reason for " + c.reference() + " " + words(s.to()) + " on " + date(s.on()) + ", " + s.actor())));
        }
        return blocks;
    }

    private List<Block> overdue(QuarterlyPack pack) {
        Overdue o = pack.overdue();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(overdueSentence(pack), null));
        if (!o.actions().isEmpty()) {
            List<List<Cell>> rows = new ArrayList<>();
            o.actions().forEach(a -> rows.add(List.of(new Cell(a.title(), a.source(), null), Cell.of(a.recommendation()),
                    Cell.of(a.owner() + " (" + words(a.ownerParty()) + ")"), Cell.of(date(a.dueDate())),
                    new Cell(capitalised(a.status()) + (a.completedOn() == null ? "" : " on " + date(a.completedOn())), null,
                            a.status()))));
            blocks.add(new Table("Improvement actions past their due date at " + date(o.asOf()),
                    List.of("Action", "Recommendation", "Owner", "Due", "Status now"), rows, true));
        }
        if (!o.milestones().isEmpty()) {
            List<List<Cell>> rows = new ArrayList<>();
            o.milestones().forEach(m -> rows.add(List.of(new Cell(m.title(), m.source(), null), Cell.of(date(m.dueDate())),
                    new Cell(capitalised(m.status()), null, m.status()))));
            blocks.add(new Table("Milestones missed at " + date(o.asOf()), List.of("Milestone", "Due", "Status"), rows, true));
        }
        if (!o.notIn().isEmpty()) {
            blocks.add(new ListBlock(o.notIn().stream().map(QuarterlyPack.NotIn::text).toList()));
        }
        return blocks;
    }

    private static String render(TemplateInstance instance) {
        return instance.render().strip();
    }
}
