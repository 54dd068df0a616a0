package io.sdc.report.quarterly;

import io.sdc.platform.money.Money;
import io.sdc.report.assembly.FigureValidation;
import io.sdc.report.improvement.ImprovementAction;
import io.sdc.report.improvement.ImprovementPlanSummary;
import io.sdc.report.rendering.ReportDocument.Source;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The figures of a quarterly performance pack for the monitoring group and the scrutiny committee, as the services
 * answered them for the quarter: the scorecard (red and amber indicators first, each with the trust's commentary), each
 * indicator's trend over the last quarters with its target and tolerance limit, the contract year so far, the finance
 * forecast against budget for the financial year with its trend, the change requests opened or decided in the quarter,
 * what is overdue at the quarter's end, and the improvement board's view of the latest plan at the quarter's end.
 * Every group names the service answer it comes from.
 */
@Schema(name = "QuarterlyPack", description = "The figures of a quarterly performance pack, each group with the API answer it comes from")
public record QuarterlyPack(
        Contract contract,
        @Schema(example = "2015-Q3") String period,
        @Schema(example = "2015-07-01") LocalDate periodStart,
        @Schema(example = "2015-09-30") LocalDate periodEnd,
        @Schema(description = "The date overdue actions and missed milestones are judged at: the quarter's end, or today while the "
                + "quarter runs", example = "2015-09-30") LocalDate asOf,
        FigureValidation validation,
        Scorecard scorecard,
        @Schema(description = "Per indicator of the scorecard, its values over the last quarters (up to eight, none before the "
                + "contract commenced) with the target and tolerance limit of each") List<Trend> trends,
        ContractYear contractYear,
        Finance finance,
        @Schema(description = "Change requests raised or decided in the quarter, by reference") List<ChangeRequest> changeRequests,
        Overdue overdue,
        @Schema(description = "The board's view of the contract's latest improvement plan as at the pack's date; none when it had no "
                + "plan then") ImprovementPlanSummary improvementPlan,
        @Schema(description = "Where the contract's improvement plans were read") Source improvementPlans) {

    public QuarterlyPack {
        trends = List.copyOf(trends);
        changeRequests = List.copyOf(changeRequests);
    }

    @Schema(name = "QuarterlyPackContract")
    public record Contract(UUID id, @Schema(example = "DCST-SDC-2014") String reference, String title, String commissioner,
                           String provider, Source source) {
    }

    @Schema(name = "QuarterlyPackScorecard", description = "The quarter's scorecard: red, then amber indicators first, then the rest "
            + "in the basket's order")
    public record Scorecard(@Schema(example = "1") int basketVersionNumber,
                            @Schema(description = "How many indicators have each RAG (GREEN, AMBER, RED, NO_DATA, SUPPRESSED)")
                            Map<String, Integer> summary,
                            List<Indicator> indicators, Source source) {
        public Scorecard {
            summary = Map.copyOf(summary);
            indicators = List.copyOf(indicators);
        }
    }

    @Schema(name = "QuarterlyPackIndicator")
    public record Indicator(@Schema(example = "RE-REFERRALS") String code, String name,
                            @Schema(example = "PERCENT") String unit,
                            @Schema(example = "LOWER_IS_BETTER") String polarity,
                            BigDecimal value, Integer numerator, Integer denominator, BigDecimal target,
                            @Schema(description = "The worst value still AMBER") BigDecimal toleranceLimit,
                            @Schema(example = "GREEN") String rag,
                            @Schema(description = "PROVISIONAL or VALIDATED; none without a figure", example = "PROVISIONAL") String validation,
                            @Schema(description = "RED or AMBER: reported as an exception") boolean exception,
                            BigDecimal previousValue, @Schema(example = "IMPROVING") String directionSincePreviousPeriod,
                            BigDecimal baselineValue, @Schema(example = "IMPROVING") String directionSinceBaseline,
                            List<Comparator> comparators,
                            @Schema(description = "The trust's commentary on the figure, verbatim; none if it gave none") String commentary,
                            Source source) {
        public Indicator {
            comparators = List.copyOf(comparators);
        }
    }

    @Schema(name = "QuarterlyPackComparator")
    public record Comparator(@Schema(example = "NATIONAL") String kind, BigDecimal value, @Schema(example = "2014/15") String dataYear,
                             @Schema(example = "BETTER") String position) {
    }

    @Schema(name = "QuarterlyPackTrend", description = "An indicator's values quarter by quarter, oldest first")
    public record Trend(String code, String name, String unit, String polarity, List<TrendPoint> points) {
        public Trend {
            points = List.copyOf(points);
        }
    }

    @Schema(name = "QuarterlyPackTrendPoint")
    public record TrendPoint(@Schema(example = "2015-Q2") String period, BigDecimal value, BigDecimal target, BigDecimal toleranceLimit,
                             String rag, String validation, Source source) {
    }

    @Schema(name = "QuarterlyPackContractYear", description = "The contract year containing the quarter, up to the quarter's end: "
            + "each indicator's latest value in the year against its contract baseline")
    public record ContractYear(@Schema(example = "2014/15") String contractYear, LocalDate start, LocalDate end,
                               @Schema(example = "5") int improvingOrStable, @Schema(example = "5") int comparable,
                               Map<String, Integer> sinceBaseline, List<YearIndicator> indicators, Source source) {
        public ContractYear {
            sinceBaseline = Map.copyOf(sinceBaseline);
            indicators = List.copyOf(indicators);
        }
    }

    @Schema(name = "QuarterlyPackYearIndicator")
    public record YearIndicator(String code, String name,
                                @Schema(description = "The period of its latest figure in the year up to the quarter's end") String latestPeriod,
                                BigDecimal latestValue, String validation, BigDecimal baselineValue,
                                @Schema(example = "IMPROVING") String sinceBaseline, String rag, Source source) {
    }

    @Schema(name = "QuarterlyPackFinance", description = "The financial year containing the quarter: its budget and the forecast "
            + "from the latest monitoring return for a period ending by the quarter's end")
    public record Finance(@Schema(example = "2015/16") String financialYear, UUID budgetId,
                          @Schema(example = "APPROVED") String budgetStatus, Money budget,
                          @Schema(description = "None when no return for the year had come in by the quarter's end") Forecast forecast,
                          Source source) {
    }

    @Schema(name = "QuarterlyPackForecast")
    public record Forecast(@Schema(example = "2015-Q3") String period, UUID returnId,
                           @Schema(example = "SUBMITTED") String returnStatus,
                           @Schema(example = "PROVISIONAL") String figureStatus,
                           Money budget, Money actualToDate, Money forecastOutturn,
                           @Schema(description = "Forecast minus budget: positive is an overspend", example = "348000.00") Money variance,
                           @Schema(example = "0.82") String variancePercent,
                           List<ForecastLine> lines,
                           @Schema(description = "The line with the largest variance, if any line varies") ForecastLine driver,
                           @Schema(description = "The forecast of each period's return in the year up to this one") List<ForecastPoint> trend,
                           Source source) {
        public Forecast {
            lines = List.copyOf(lines);
            trend = List.copyOf(trend);
        }
    }

    @Schema(name = "QuarterlyPackForecastLine")
    public record ForecastLine(@Schema(example = "placements") String code, String name, boolean demandLed, Money budget,
                               Money actualToDate, Money forecastOutturn, Money variance, String variancePercent) {
    }

    @Schema(name = "QuarterlyPackForecastPoint")
    public record ForecastPoint(@Schema(example = "2015-Q2") String period, Money forecastOutturn, Money variance, String variancePercent,
                                String figureStatus) {
    }

    @Schema(name = "QuarterlyPackChangeRequest", description = "A change request raised or decided in the quarter")
    public record ChangeRequest(UUID id, @Schema(example = "NCR-1") String reference, String title,
                                @Schema(example = "SERVICE_TRANSFER_IN") String type,
                                @Schema(description = "Where it stands now", example = "AGREED_IN_PRINCIPLE") String status,
                                @Schema(description = "Raised in the quarter") boolean opened,
                                @Schema(description = "Decided in the quarter: agreed in principle, approved, rejected, withdrawn or implemented")
                                boolean decided,
                                @Schema(description = "Its steps taken in the quarter, oldest first") List<ChangeStep> steps,
                                @Schema(description = "Why it is proposed, verbatim") String rationale, Source source) {
        public ChangeRequest {
            steps = List.copyOf(steps);
        }
    }

    @Schema(name = "QuarterlyPackChangeStep")
    public record ChangeStep(@Schema(example = "2015-12-09") LocalDate on, @Schema(example = "AGREED_IN_PRINCIPLE") String to,
                             String actor,
                             @Schema(description = "The reason given (a rejection or withdrawal), verbatim") String reason) {
    }

    @Schema(name = "QuarterlyPackOverdue", description = "What is overdue at the pack's date")
    public record Overdue(LocalDate asOf,
                          @Schema(description = "Improvement actions of every plan past their due date and not confirmed complete at "
                                  + "asOf, oldest due first") List<ImprovementAction> actions,
                          List<MissedMilestone> milestones,
                          @Schema(description = "Figures and returns for the quarter that have not come in") List<NotIn> notIn) {
        public Overdue {
            actions = List.copyOf(actions);
            milestones = List.copyOf(milestones);
            notIn = List.copyOf(notIn);
        }
    }

    @Schema(name = "QuarterlyPackMissedMilestone")
    public record MissedMilestone(UUID id, String title, LocalDate dueDate, String status, Source source) {
    }

    @Schema(name = "QuarterlyPackNotIn", description = "A figure or return for the quarter that has not come in")
    public record NotIn(@Schema(example = "Monitoring return for 2015-Q4 of 2015/16") String text, Source source) {
    }
}
