package io.sdc.report.improvement.service;

import io.sdc.report.assembly.Sentences;
import io.sdc.report.improvement.ImprovementAction;
import io.sdc.report.improvement.ImprovementPlanSummary;
import io.sdc.report.improvement.ImprovementPlanSummary.IndicatorRag;
import io.sdc.report.improvement.ImprovementPlanSummary.Progress;
import io.sdc.report.rendering.ReportDocument.Block;
import io.sdc.report.rendering.ReportDocument.Cell;
import io.sdc.report.rendering.ReportDocument.Paragraph;
import io.sdc.report.rendering.ReportDocument.Quote;
import io.sdc.report.rendering.ReportDocument.Source;
import io.sdc.report.rendering.ReportDocument.Table;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.sdc.report.assembly.ReportWords.and;
import static io.sdc.report.assembly.ReportWords.capitalised;
import static io.sdc.report.assembly.ReportWords.date;
import static io.sdc.report.assembly.ReportWords.words;

/**
 * The improvement plan as a report shows it: in sentences from the templates in {@code templates/improvement/} and in
 * tables, the recommendations per theme and status (as seed 002's closing table counts them), the overdue actions
 * first, then what the quarterly pack reports of the quarter (progress and completions) or the annual report of the
 * year (completions, and what was overdue at its end), and the latest RAG of the indicators that evidence the
 * recommendations. The owners' commentary is quoted as they wrote it.
 */
@Singleton
public class ImprovementLayout {

    private static final Map<String, String> COLUMNS = Map.of(
            "OPEN", "Open",
            "MONITORED_BY_IMPROVEMENT_BOARD", "Monitored by the improvement board",
            "MONITORED_BY_OTHER_BODY", "Monitored by another accountable body",
            "BUSINESS_AS_USUAL", "Business as usual",
            "CLOSED", "Closed");

    private final Sentences sentences;

    @Inject
    public ImprovementLayout(Sentences sentences) {
        this.sentences = sentences;
    }

    /** The quarterly pack's section: the plan at the quarter's end, its overdue actions, the quarter's progress, its indicators. */
    public List<Block> quarter(ImprovementPlanSummary plan, LocalDate asOf, Source plans) {
        if (plan == null) {
            return List.of(none(asOf, plans));
        }
        List<Block> blocks = new ArrayList<>(counts(plan));
        blocks.addAll(overdue(plan));
        blocks.add(new Paragraph(sentences.make("improvement/progress", "from", date(plan.from()), "asOf", date(plan.asOf()),
                "updates", plan.progress().size(), "completed", plan.completed().size()), plan.source()));
        if (!plan.completed().isEmpty()) {
            blocks.add(actions("Actions confirmed complete from " + date(plan.from()) + " to " + date(plan.asOf()), plan.completed(), plan.asOf()));
        }
        if (!plan.progress().isEmpty()) {
            blocks.add(new Table("Progress reported from " + date(plan.from()) + " to " + date(plan.asOf()),
                    List.of("Reported", "Recommendation", "Action", "Status reported"), plan.progress().stream().map(p -> List.of(
                            Cell.of(date(p.reportedOn())), Cell.of(p.recommendation()), new Cell(p.action(), p.source(), null),
                            Cell.of(capitalised(p.status())))).toList(), false));
            plan.progress().stream().filter(p -> p.commentary() != null && !p.commentary().isBlank()).forEach(p -> blocks.add(
                    new Quote(p.commentary(), progressAttribution(p))));
        }
        blocks.addAll(indicators(plan));
        return blocks;
    }

    /** The annual report's section: the plan at the year's end, the actions completed in the year and overdue at its end. */
    public List<Block> year(ImprovementPlanSummary plan, String contractYear, LocalDate yearEnd, Source plans) {
        if (plan == null) {
            return List.of(none(yearEnd, plans));
        }
        List<Block> blocks = new ArrayList<>(counts(plan));
        blocks.add(new Paragraph(sentences.make("improvement/year", "contractYear", contractYear, "completed", plan.completed().size(),
                "overdue", plan.overdue().size()), plan.source()));
        List<ImprovementAction> actions = new ArrayList<>(plan.completed());
        actions.addAll(plan.overdue());
        if (!actions.isEmpty()) {
            blocks.add(actions("Actions confirmed complete in the contract year " + contractYear + " and overdue at its end", actions, yearEnd));
        }
        blocks.addAll(indicators(plan));
        return blocks;
    }

    private Paragraph none(LocalDate asOf, Source plans) {
        return new Paragraph(sentences.make("improvement/none", "asOf", date(asOf)), plans);
    }

    /** The sentence and table of the recommendations per theme and status: a column for each status any recommendation is in. */
    private List<Block> counts(ImprovementPlanSummary plan) {
        List<String> statuses = ImprovementPlanSummary.STATUSES.stream().filter(status -> plan.totals().get(status) > 0).toList();
        String counts = and(statuses.stream().map(status -> plan.totals().get(status) + " " + statusWords(status)).toList());
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(sentences.make("improvement/summary", "asOf", date(plan.asOf()), "title", plan.title(),
                "version", plan.planVersion(), "agreedOn", date(plan.agreedOn()), "total", plan.recommendations(), "counts", counts),
                plan.source()));
        if (statuses.isEmpty()) {
            return blocks;
        }
        List<String> headers = new ArrayList<>(List.of("Theme"));
        statuses.forEach(status -> headers.add(COLUMNS.get(status)));
        headers.add("Total");
        List<List<Cell>> rows = new ArrayList<>();
        plan.themes().forEach(theme -> rows.add(row(theme.theme(), statuses, theme.byStatus(), theme.total(), null)));
        rows.add(row("Total", statuses, plan.totals(), plan.recommendations(), plan.source()));
        blocks.add(new Table("Recommendations per theme and status at " + date(plan.asOf()), headers, rows, true));
        return blocks;
    }

    private static List<Cell> row(String name, List<String> statuses, Map<String, Integer> byStatus, int total, Source source) {
        List<Cell> row = new ArrayList<>(List.of(Cell.of(name)));
        statuses.forEach(status -> row.add(new Cell(String.valueOf(byStatus.get(status)), source, null)));
        row.add(new Cell(String.valueOf(total), source, null));
        return row;
    }

    private List<Block> overdue(ImprovementPlanSummary plan) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(sentences.make("improvement/overdue", "asOf", date(plan.asOf()), "count", plan.overdue().size()),
                plan.source()));
        if (!plan.overdue().isEmpty()) {
            blocks.add(new Table("Actions past their due date at " + date(plan.asOf()),
                    List.of("Action", "Recommendation", "Owner", "Due"), plan.overdue().stream().map(a -> List.of(
                            new Cell(a.title(), a.source(), null), Cell.of(a.recommendation()), Cell.of(owner(a)),
                            Cell.of(date(a.dueDate())))).toList(), true));
        }
        return blocks;
    }

    /** Actions with their status at the date: complete on the day the council confirmed it, else overdue. */
    private static Table actions(String caption, List<ImprovementAction> actions, LocalDate asOf) {
        return new Table(caption, List.of("Action", "Recommendation", "Owner", "Due", "At " + date(asOf)), actions.stream().map(a -> {
            boolean complete = a.completedOn() != null && !a.completedOn().isAfter(asOf);
            return List.of(new Cell(a.title(), a.source(), null), Cell.of(a.recommendation()), Cell.of(owner(a)), Cell.of(date(a.dueDate())),
                    complete ? new Cell("Complete on " + date(a.completedOn()), null, "COMPLETE") : new Cell("Overdue", null, "OVERDUE"));
        }).toList(), true);
    }

    private List<Block> indicators(ImprovementPlanSummary plan) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(sentences.make("improvement/indicators", "count", plan.indicators().size(), "asOf", date(plan.asOf())),
                plan.source()));
        if (!plan.indicators().isEmpty()) {
            blocks.add(new Table("Indicators evidencing the recommendations: latest RAG by " + date(plan.asOf()),
                    List.of("Indicator", "Recommendations", "Period", "RAG"), plan.indicators().stream().map((IndicatorRag i) -> List.of(
                            Cell.of(i.name() == null ? i.code() : i.name()), Cell.of(String.join(", ", i.recommendations())),
                            Cell.of(i.period() == null ? "No figure" : i.period()),
                            i.rag() == null ? Cell.of("") : new Cell(capitalised(i.rag()), i.source(), i.rag()))).toList(), true));
        }
        return blocks;
    }

    private static String owner(ImprovementAction action) {
        return action.owner() + (action.ownerParty() == null ? "" : " (" + words(action.ownerParty()) + ")");
    }

    private static String progressAttribution(Progress progress) {
        return "Progress on ‘" + progress.action() + "’ reported by " + (progress.party() == null ? "its owner" : "the " + words(progress.party()))
                + " on " + date(progress.reportedOn());
    }

    private static String statusWords(String status) {
        return switch (status) {
            case "MONITORED_BY_IMPROVEMENT_BOARD" -> "monitored by the improvement board";
            case "MONITORED_BY_OTHER_BODY" -> "monitored by another accountable body";
            default -> words(status);
        };
    }
}
