package io.sdc.report.annual;

import io.sdc.platform.money.Money;
import io.sdc.report.assembly.FigureValidation;
import io.sdc.report.improvement.ImprovementPlanSummary;
import io.sdc.report.rendering.ReportDocument.Source;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The figures of the annual report on a contract year to the Secretary of State, as read from the services' public
 * APIs when the report was made. Each group names its {@code source} (service and API path) so that a page can link
 * every figure to where it comes from. Free text people wrote (rationales, the review's summary) is kept verbatim.
 */
@Schema(name = "AnnualReport", description = "The figures of the annual report on a contract year, with where each group comes from")
public record AnnualReport(ContractPart contract, FigureValidation validation, Performance performance, Inspections inspections,
                           Milestones milestones,
                           @Schema(description = "The board's view of the contract's latest improvement plan as at the contract year's end; "
                                   + "none when it had no plan then") ImprovementPlanSummary improvementPlan,
                           @Schema(description = "Where the contract's improvement plans were read") Source improvementPlans,
                           Finance finance, NextYearBudget nextYearBudget, Review review,
                           List<ProposedChange> proposedChanges, Signatories signatories) {

    @Schema(name = "AnnualReportContract")
    public record ContractPart(UUID id, String reference, String title, String commissioner, String provider,
                               @Schema(example = "2014/15") String contractYear, LocalDate start, LocalDate end,
                               @Schema(description = "The day the report was made") LocalDate reportDate, Source source) {
    }

    @Schema(name = "AnnualReportPerformance", description = "The basket's indicators at the end of the contract year against the contract baseline")
    public record Performance(@Schema(example = "2015-Q3") String period, int improvingOrStable, int comparable,
                              @Schema(example = "5 of 5 indicators are improving or stable since the baseline") String summary,
                              List<Indicator> indicators, Source source, Source summarySource) {
    }

    @Schema(name = "AnnualReportIndicator")
    public record Indicator(String code, String name, String unit, String polarity,
                            @Schema(description = "The value at transfer (the contract baseline)") BigDecimal baselineValue,
                            @Schema(description = "The value at the end of the contract year") BigDecimal value, String period,
                            BigDecimal target, String directionSinceBaseline, String rag, String validation,
                            List<Comparator> comparators,
                            @Schema(example = "Re-referrals within 12 months fell from 38% at transfer to 23% by the end of the contract year, better than national and regional performance.")
                            String statement) {
    }

    @Schema(name = "AnnualReportComparator")
    public record Comparator(String kind, BigDecimal value, String dataYear, String position) {
    }

    @Schema(name = "AnnualReportInspections", description = "Inspections from the contract year's start to the day the report is made")
    public record Inspections(List<Inspection> inYear, List<Inspection> sinceYearEnd, String summary, Source source) {
    }

    @Schema(name = "AnnualReportInspection")
    public record Inspection(UUID id, LocalDate date, String inspectorate, String type, String overallJudgement,
                             List<AreaJudgement> areaJudgements, int recommendations) {
    }

    @Schema(name = "AnnualReportAreaJudgement")
    public record AreaJudgement(String area, String judgement) {
    }

    @Schema(name = "AnnualReportMilestones", description = "Each milestone's status as at the contract year's end")
    public record Milestones(LocalDate asOf, List<Milestone> milestones, Source source) {
    }

    @Schema(name = "AnnualReportMilestone")
    public record Milestone(String title, String targetJudgement, LocalDate dueDate, String status,
                            @Schema(example = "As at 30 September 2015 the milestone Requires Improvement by April 2016 (due 30 April 2016) is on track.")
                            String statement) {
    }

    @Schema(name = "AnnualReportFinance")
    public record Finance(Outturn outturn, Forecast forecast) {
    }

    @Schema(name = "AnnualReportOutturn", description = "The outturn of the last financial year that ended within the contract year; null when none is worked out")
    public record Outturn(String financialYear, String status, Money budget, Money outturn, Money totalVariance,
                          String position, List<Band> bands, Money trustShare, Money councilShare,
                          @Schema(description = "Positive: the trust's surplus after the risk share") Money trustPositionAfterRiskShare,
                          String statement, Source source) {
    }

    @Schema(name = "AnnualReportRiskShareBand")
    public record Band(Money from, Money to, Money amount, BigDecimal trustSharePercent, Money trustAmount, Money councilAmount) {
    }

    @Schema(name = "AnnualReportForecast", description = "The forecast for the financial year in progress at the contract year's end, from its latest return for a period ending by then; null when none")
    public record Forecast(String financialYear, String period, Money budget, Money forecastOutturn, Money variance,
                           BigDecimal variancePercent, String returnStatus, String figureStatus, List<ForecastLine> lines,
                           @Schema(description = "The line with the largest variance, which drives the forecast") ForecastLine drivingLine,
                           String statement, Source source) {
    }

    @Schema(name = "AnnualReportForecastLine")
    public record ForecastLine(String code, String name, Money budget, Money forecastOutturn, Money variance) {
    }

    @Schema(name = "AnnualReportNextYearBudget", description = "The next financial year's budget confirmed in principle at the annual review, with its Schedule 3 derivation; null when none")
    public record NextYearBudget(String financialYear, Money baseAmount, String baseSource, List<Adjustment> adjustments,
                                 Money total, Money netChange, String status, String statement, Source source) {
    }

    @Schema(name = "AnnualReportBudgetAdjustment")
    public record Adjustment(String category, Money amount, @Schema(description = "As written, verbatim") String rationale) {
    }

    @Schema(name = "AnnualReportReview", description = "The annual review of the contract year; null when none is recorded")
    public record Review(UUID id, LocalDate reviewDate, @Schema(description = "As written, verbatim") String performanceSummary,
                         List<String> strategicPriorities, List<String> areasOfJointFocus, List<Attendee> attendees, Source source) {
    }

    @Schema(name = "AnnualReportAttendee")
    public record Attendee(String name, String position, String party) {
    }

    @Schema(name = "AnnualReportProposedChange", description = "A change to the contract the annual review agreed in principle")
    public record ProposedChange(UUID id, String reference, String title, String type,
                                 @Schema(description = "As written, verbatim") String rationale, String status,
                                 LocalDate effectiveDate, boolean requiresStatutoryDirection,
                                 String statutoryDirectionReference, Source source) {
    }

    @Schema(name = "AnnualReportSignatories", description = "Who signs the report for each party, and where that comes from")
    public record Signatories(List<Attendee> signatories, String basis, Source source) {
    }
}
