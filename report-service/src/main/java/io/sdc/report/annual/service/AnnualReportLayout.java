package io.sdc.report.annual.service;

import io.sdc.report.assembly.Sentences;
import io.sdc.report.improvement.service.ImprovementLayout;
import io.sdc.report.annual.AnnualReport;
import io.sdc.report.annual.AnnualReport.Inspection;
import io.sdc.report.rendering.ReportDocument;
import io.sdc.report.rendering.ReportDocument.Block;
import io.sdc.report.rendering.ReportDocument.Cell;
import io.sdc.report.rendering.ReportDocument.ListBlock;
import io.sdc.report.rendering.ReportDocument.Paragraph;
import io.sdc.report.rendering.ReportDocument.Quote;
import io.sdc.report.rendering.ReportDocument.Section;
import io.sdc.report.rendering.ReportDocument.Source;
import io.sdc.report.rendering.ReportDocument.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static io.sdc.report.assembly.ReportWords.capitalised;
import static io.sdc.report.assembly.ReportWords.count;
import static io.sdc.report.assembly.ReportWords.date;
import static io.sdc.report.assembly.ReportWords.money;
import static io.sdc.report.assembly.ReportWords.moneyInFull;
import static io.sdc.report.assembly.ReportWords.value;
import static io.sdc.report.assembly.ReportWords.words;

/**
 * The annual report as its readers see it, section by section as the council's report to the Secretary of State on
 * the trust's first contract year was written: performance against the indicators, inspections, milestones, the
 * improvement plan, performance against budget, the next year's budget, strategic priorities, proposed changes, areas of joint focus
 * and signatories. Sentences come from the figures' templates; what people wrote is quoted as they wrote it.
 */
public class AnnualReportLayout {

    private final Sentences sentences;
    private final ImprovementLayout improvement;

    public AnnualReportLayout(Sentences sentences) {
        this.sentences = sentences;
        this.improvement = new ImprovementLayout(sentences);
    }

    public ReportDocument document(AnnualReport report) {
        AnnualReport.ContractPart contract = report.contract();
        List<String> notices = new ArrayList<>();
        if (!report.validation().allValidated()) {
            int unvalidated = report.validation().unvalidated().size();
            notices.add(sentences.make("annual/notice", "count", count(unvalidated), "one", unvalidated == 1));
            report.validation().unvalidated().forEach(item -> notices.add(item.text()));
        }
        List<Section> sections = new ArrayList<>();
        sections.add(performance(report));
        sections.add(inspections(report));
        if (!report.inspections().sinceYearEnd().isEmpty()) {
            sections.add(sinceYearEnd(report.inspections()));
        }
        sections.add(milestones(report.milestones()));
        sections.add(new Section("Improvement plan", improvement.year(report.improvementPlan(), contract.contractYear(), contract.end(),
                report.improvementPlans())));
        sections.add(budget(report));
        sections.add(nextYearBudget(report));
        sections.add(new Section("Agreed strategic priorities and outcomes for the next contract year",
                review(report, AnnualReport.Review::strategicPriorities)));
        sections.add(proposedChanges(report));
        sections.add(new Section("Areas of joint focus", review(report, AnnualReport.Review::areasOfJointFocus)));
        sections.add(signatories(report));
        if (!report.validation().allValidated()) {
            sections.add(new Section("Figures not validated", List.of(new Table("What is provisional or draft, and where it comes from",
                    List.of("Figure", "Source"), report.validation().unvalidated().stream()
                    .map(item -> List.of(new Cell(item.text(), item.source(), null),
                            Cell.of(item.source() == null ? "" : item.source().service() + " " + item.source().path())))
                    .toList(), true))));
        }
        return new ReportDocument(
                sentences.make("annual/title", "provider", contract.provider(), "start", date(contract.start()), "end", date(contract.end())),
                sentences.make("annual/subtitle", "commissioner", contract.commissioner(), "contractYear", contract.contractYear(),
                        "title", contract.title(), "reference", contract.reference(), "reportDate", date(contract.reportDate())),
                notices, sections);
    }

    private Section performance(AnnualReport report) {
        AnnualReport.Performance performance = report.performance();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(performance.summary(), performance.summarySource()));
        performance.indicators().stream().filter(indicator -> indicator.statement() != null)
                .forEach(indicator -> blocks.add(new Paragraph(indicator.statement(), performance.source())));
        blocks.add(new Table("The basket's indicators at transfer and at the end of the contract year (" + performance.period() + ")",
                List.of("Indicator", "At transfer", "Year end", "Target", "Since transfer", "RAG", "Comparators", "Figures"),
                performance.indicators().stream().map(indicator -> List.of(
                        Cell.of(indicator.name()),
                        Cell.of(value(indicator.baselineValue(), indicator.unit())),
                        new Cell(value(indicator.value(), indicator.unit()), performance.source(), null),
                        Cell.of(value(indicator.target(), indicator.unit())),
                        Cell.of(capitalised(indicator.directionSinceBaseline())),
                        new Cell(capitalised(indicator.rag()), performance.source(), indicator.rag()),
                        Cell.of(indicator.comparators().stream()
                                .map(comparator -> capitalised(comparator.kind()) + " " + value(comparator.value(), indicator.unit())
                                        + " (" + comparator.dataYear() + "): " + capitalised(comparator.position()))
                                .collect(Collectors.joining("; "))),
                        Cell.of(capitalised(indicator.validation())))).toList(),
                true));
        if (report.review() != null && report.review().performanceSummary() != null) {
            blocks.add(new Quote(report.review().performanceSummary(), reviewAttribution(report.review())));
        }
        return new Section("Summary of the Trust's performance against Performance Indicators in the contract year", blocks);
    }

    private Section inspections(AnnualReport report) {
        AnnualReport.Inspections inspections = report.inspections();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(inspections.summary(), inspections.source()));
        if (!inspections.inYear().isEmpty()) {
            blocks.add(inspectionTable("Inspections in the contract year " + report.contract().contractYear(),
                    inspections.inYear(), inspections.source()));
        }
        return new Section("Inspections in the contract year", blocks);
    }

    private Section sinceYearEnd(AnnualReport.Inspections inspections) {
        List<Block> blocks = new ArrayList<>();
        for (Inspection inspection : inspections.sinceYearEnd()) {
            blocks.add(new Paragraph(sentences.make("annual/inspection-since", "inspectorate", inspection.inspectorate(),
                    "type", "‘" + inspection.type() + "’", "date", date(inspection.date()),
                    "judgement", capitalised(inspection.overallJudgement()),
                    "recommendations", inspection.recommendations() == 0 ? "" : String.valueOf(inspection.recommendations())),
                    inspections.source()));
            if (!inspection.areaJudgements().isEmpty()) {
                blocks.add(new Table("Judgements by area, " + inspection.inspectorate() + ", " + date(inspection.date()),
                        List.of("Area", "Judgement"), inspection.areaJudgements().stream().map(area -> List.of(
                                Cell.of(area.area()), new Cell(capitalised(area.judgement()), inspections.source(), area.judgement())))
                        .toList(), true));
            }
        }
        return new Section("Inspections since the year end", blocks);
    }

    private static Table inspectionTable(String caption, List<Inspection> inspections, Source source) {
        return new Table(caption, List.of("Date", "Inspectorate", "Inspection", "Overall judgement", "Recommendations"),
                inspections.stream().map(inspection -> List.of(
                        Cell.of(date(inspection.date())), Cell.of(inspection.inspectorate()), Cell.of(inspection.type()),
                        new Cell(capitalised(inspection.overallJudgement()), source, inspection.overallJudgement()),
                        Cell.of(String.valueOf(inspection.recommendations())))).toList(), false);
    }

    private Section milestones(AnnualReport.Milestones milestones) {
        List<Block> blocks = new ArrayList<>();
        milestones.milestones().forEach(milestone -> blocks.add(new Paragraph(milestone.statement(), milestones.source())));
        blocks.add(new Table("Milestones as at " + date(milestones.asOf()), List.of("Milestone", "Target judgement", "Due", "Status"),
                milestones.milestones().stream().map(milestone -> List.of(Cell.of(milestone.title()),
                        Cell.of(capitalised(milestone.targetJudgement())), Cell.of(date(milestone.dueDate())),
                        new Cell(capitalised(milestone.status()), milestones.source(), milestone.status()))).toList(), true));
        return new Section("Milestones", blocks);
    }

    private Section budget(AnnualReport report) {
        AnnualReport.Outturn outturn = report.finance().outturn();
        AnnualReport.Forecast forecast = report.finance().forecast();
        List<Block> blocks = new ArrayList<>();
        if (outturn == null) {
            blocks.add(new Paragraph(sentences.make("annual/outturn", "none", true, "financialYear", ""), null));
        } else {
            blocks.add(new Paragraph(outturn.statement(), outturn.source()));
            blocks.add(new Table("Outturn " + outturn.financialYear() + " (" + capitalised(outturn.status()) + ")",
                    List.of("Budget", "Outturn", "Variance", "Trust share", "Council share", "Trust's position after the risk share"),
                    List.of(List.of(Cell.of(moneyInFull(outturn.budget())),
                            new Cell(moneyInFull(outturn.outturn()), outturn.source(), null),
                            Cell.of(moneyInFull(outturn.totalVariance())), Cell.of(moneyInFull(outturn.trustShare())),
                            Cell.of(moneyInFull(outturn.councilShare())),
                            new Cell(moneyInFull(outturn.trustPositionAfterRiskShare()), outturn.source(), null))), false));
            blocks.add(new Table("The risk share, band by band", List.of("Band", "Variance in the band", "Trust's share", "Trust", "Council"),
                    outturn.bands().stream().map(band -> List.of(
                            Cell.of(moneyInFull(band.from()) + (band.to() == null ? " and above" : " to " + moneyInFull(band.to()))),
                            Cell.of(moneyInFull(band.amount())), Cell.of(band.trustSharePercent().stripTrailingZeros().toPlainString() + "%"),
                            Cell.of(moneyInFull(band.trustAmount())), Cell.of(moneyInFull(band.councilAmount())))).toList(), true));
        }
        if (forecast == null) {
            blocks.add(new Paragraph(sentences.make("annual/forecast", "none", true, "financialYear", "the year in progress",
                    "yearEnd", date(report.contract().end())), null));
        } else {
            blocks.add(new Paragraph(forecast.statement(), forecast.source()));
            blocks.add(new Table("Forecast " + forecast.financialYear() + " from the " + forecast.period() + " monitoring return",
                    List.of("Budget line", "Budget", "Forecast outturn", "Variance"),
                    forecast.lines().stream().map(line -> List.of(Cell.of(line.name()), Cell.of(moneyInFull(line.budget())),
                            Cell.of(moneyInFull(line.forecastOutturn())),
                            new Cell(moneyInFull(line.variance()), forecast.source(), null))).toList(), true));
        }
        return new Section("Summary of the Trust's performance against budget in the contract year", blocks);
    }

    private Section nextYearBudget(AnnualReport report) {
        AnnualReport.NextYearBudget budget = report.nextYearBudget();
        List<Block> blocks = new ArrayList<>();
        if (budget == null) {
            blocks.add(new Paragraph(sentences.make("annual/next-year-budget", "none", true, "financialYear", "the next year"), null));
        } else {
            blocks.add(new Paragraph(budget.statement(), budget.source()));
            List<List<Cell>> rows = new ArrayList<>();
            rows.add(List.of(Cell.of("Base: " + budget.baseSource()), Cell.of(moneyInFull(budget.baseAmount()))));
            budget.adjustments().forEach(adjustment -> rows.add(List.of(Cell.of(capitalised(adjustment.category())),
                    new Cell(moneyInFull(adjustment.amount()), budget.source(), null))));
            rows.add(List.of(Cell.of("Net change"), Cell.of(moneyInFull(budget.netChange()))));
            rows.add(List.of(Cell.of("Total"), new Cell(moneyInFull(budget.total()), budget.source(), null)));
            blocks.add(new Table("The " + budget.financialYear() + " budget under Schedule 3", List.of("Item", "Amount"), rows, true));
            budget.adjustments().forEach(adjustment -> blocks.add(new Quote(adjustment.rationale(),
                    capitalised(adjustment.category()) + ", " + money(adjustment.amount()))));
        }
        return new Section("Confirmation in principle of the budget for the next contract year", blocks);
    }

    private List<Block> review(AnnualReport report, java.util.function.Function<AnnualReport.Review, List<String>> items) {
        if (report.review() == null || items.apply(report.review()).isEmpty()) {
            return List.of(new Paragraph(sentences.make("annual/no-review", "contractYear", report.contract().contractYear()), null));
        }
        return List.of(new ListBlock(items.apply(report.review())));
    }

    private Section proposedChanges(AnnualReport report) {
        List<Block> blocks = new ArrayList<>();
        if (report.review() != null) {
            blocks.add(new Paragraph(sentences.make("annual/changes", "date", date(report.review().reviewDate()),
                    "count", count(report.proposedChanges().size()), "one", report.proposedChanges().size() == 1),
                    report.review().source()));
        }
        for (AnnualReport.ProposedChange change : report.proposedChanges()) {
            blocks.add(new Paragraph(sentences.make("annual/change", "reference", change.reference(), "title", change.title(),
                    "type", words(change.type()), "status", words(change.status()),
                    "effective", date(change.effectiveDate()), "direction", change.requiresStatutoryDirection(),
                    "directionReference", change.statutoryDirectionReference() == null ? "" : change.statutoryDirectionReference()),
                    change.source()));
            if (change.rationale() != null) {
                blocks.add(new Quote(change.rationale(), "Rationale of " + change.reference()));
            }
        }
        return new Section("Proposed changes to the Agreement as a result of the Annual Review", blocks);
    }

    private Section signatories(AnnualReport report) {
        AnnualReport.Signatories signatories = report.signatories();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(sentences.make("annual/signatories",
                "date", report.review() == null ? "" : date(report.review().reviewDate()),
                "contractYear", report.contract().contractYear()), signatories.source()));
        if (!signatories.signatories().isEmpty()) {
            blocks.add(new Table("Signatories", List.of("Party", "Name", "Position"), signatories.signatories().stream()
                    .map(signatory -> List.of(Cell.of(capitalised(signatory.party())), Cell.of(signatory.name()),
                            Cell.of(signatory.position()))).toList(), false));
        }
        return new Section("Signatories", blocks);
    }

    private static String reviewAttribution(AnnualReport.Review review) {
        return "The annual review's summary of performance, " + date(review.reviewDate());
    }
}
