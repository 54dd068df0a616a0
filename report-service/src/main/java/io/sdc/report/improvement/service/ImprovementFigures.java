package io.sdc.report.improvement.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.sdc.report.improvement.ImprovementAction;
import io.sdc.report.improvement.ImprovementPlanSummary;
import io.sdc.report.improvement.ImprovementPlanSummary.IndicatorRag;
import io.sdc.report.improvement.ImprovementPlanSummary.Progress;
import io.sdc.report.improvement.ImprovementPlanSummary.ThemeCount;
import io.sdc.report.rendering.ReportDocument.Source;
import io.sdc.report.upstream.Upstream;
import io.sdc.report.upstream.UpstreamService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import static io.sdc.report.upstream.Answers.date;
import static io.sdc.report.upstream.Answers.text;
import static io.sdc.report.upstream.Answers.uuid;

/**
 * Reads a contract's improvement plans as they stood on a report's date from performance-service: the plans, and the
 * board of each plan in force by then, read once and asked for the progress since the period began. The board
 * answers for today, so the date's view is worked out from what it dates: a recommendation counts from its source's
 * date, in the status of the board's last decision on or before the date (OPEN before the first); an action shows the
 * title, owner and due date it had at the date (a field a later re-plan changed is what that re-plan changed it from)
 * and is overdue at the date when that due date was before it and it was not confirmed complete by it; completions and
 * progress count by
 * the dates they were confirmed and reported. A plan counts from the date its current version was agreed, or at once
 * when it has been refreshed (its earlier versions are in its audit history only).
 */
public final class ImprovementFigures {

    /**
     * What a report shows of the contract's improvement plans at the date: the actions of every plan overdue then
     * (oldest due first), and the board's view of the latest plan (none when no plan was in force).
     */
    public record Plans(LocalDate asOf, List<ImprovementAction> overdue, ImprovementPlanSummary latest, Source source) {
        public Plans {
            overdue = List.copyOf(overdue);
        }
    }

    private ImprovementFigures() {
    }

    /**
     * The plans as at {@code asOf}, with completions and progress from {@code from}; {@code knownRag} gives an
     * indicator's latest RAG by the date as the report itself read it (empty: the report does not know the indicator,
     * and the board's latest RAG is shown only if the board's date is not after the report's).
     */
    public static Plans asAt(Upstream answers, UUID contractId, LocalDate asOf, LocalDate from,
                             Function<String, Optional<IndicatorRag>> knownRag) {
        String plansPath = "/api/v1/contracts/" + contractId + "/improvement-plans";
        List<JsonNode> inForce = new ArrayList<>();
        answers.get(UpstreamService.PERFORMANCE, plansPath).forEach(plan -> {
            if (!date(plan, "agreedOn").isAfter(asOf) || plan.path("planVersion").asInt(1) > 1) {
                inForce.add(plan);
            }
        });
        List<ImprovementAction> overdue = new ArrayList<>();
        ImprovementPlanSummary latest = null;
        JsonNode latestPlan = inForce.stream().max(Comparator.comparing(plan -> date(plan, "agreedOn"))).orElse(null);
        for (JsonNode plan : inForce) {
            String boardPath = "/api/v1/improvement-plans/" + text(plan, "id") + "/board" + Upstream.query("since", from);
            JsonNode board = answers.get(UpstreamService.PERFORMANCE, boardPath);
            Source source = Upstream.source(UpstreamService.PERFORMANCE, boardPath);
            ImprovementPlanSummary summary = summary(plan, board, asOf, from, knownRag, source);
            overdue.addAll(summary.overdue());
            if (plan == latestPlan) {
                latest = summary;
            }
        }
        overdue.sort(Comparator.comparing(ImprovementAction::dueDate));
        return new Plans(asOf, overdue, latest, Upstream.source(UpstreamService.PERFORMANCE, plansPath));
    }

    private static ImprovementPlanSummary summary(JsonNode plan, JsonNode board, LocalDate asOf, LocalDate from,
                                                  Function<String, Optional<IndicatorRag>> knownRag, Source source) {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        board.path("themes").forEach(theme -> counts.put(text(theme, "theme"), zeroes()));
        List<ImprovementAction> overdue = new ArrayList<>();
        List<ImprovementAction> completed = new ArrayList<>();
        List<Progress> progress = new ArrayList<>();
        Map<String, List<String>> evidencing = new LinkedHashMap<>();
        Map<String, JsonNode> boardRags = new LinkedHashMap<>();
        for (JsonNode item : board.path("recommendations")) {
            JsonNode recommendation = item.path("recommendation");
            LocalDate raisedFrom = date(recommendation.path("source"), "date");
            if (raisedFrom != null && raisedFrom.isAfter(asOf)) {
                continue;
            }
            String number = text(recommendation, "number");
            counts.computeIfAbsent(text(recommendation, "theme"), theme -> zeroes()).merge(statusAt(recommendation, asOf), 1, Integer::sum);
            recommendation.path("indicatorCodes").forEach(code -> evidencing.computeIfAbsent(code.asText(), c -> new ArrayList<>()).add(number));
            item.path("indicators").forEach(rag -> boardRags.put(text(rag, "indicatorCode"), rag));
            for (JsonNode action : item.path("actions")) {
                ImprovementAction a = action(text(plan, "title"), number, action, asOf);
                LocalDate done = a.completedOn();
                if (done != null && !done.isAfter(asOf) && !done.isBefore(from)) {
                    completed.add(a);
                }
                if (a.dueDate() != null && a.dueDate().isBefore(asOf) && (done == null || done.isAfter(asOf))) {
                    overdue.add(a);
                }
            }
            for (JsonNode update : item.path("progressSince")) {
                LocalDate reportedOn = date(update.path("update"), "reportedOn");
                if (!reportedOn.isAfter(asOf) && !reportedOn.isBefore(from)) {
                    progress.add(new Progress(reportedOn, number, text(update, "actionTitle"), text(update.path("update"), "party"),
                            text(update.path("update"), "status"), text(update.path("update"), "commentary"), actionSource(text(update, "actionId"))));
                }
            }
        }
        Map<String, Integer> totals = zeroes();
        List<ThemeCount> themes = new ArrayList<>();
        counts.forEach((theme, byStatus) -> {
            byStatus.forEach((status, n) -> totals.merge(status, n, Integer::sum));
            themes.add(new ThemeCount(theme, byStatus, byStatus.values().stream().mapToInt(Integer::intValue).sum()));
        });
        LocalDate boardDate = date(board, "asOf");
        List<IndicatorRag> indicators = new ArrayList<>();
        evidencing.forEach((code, numbers) -> indicators.add(knownRag.apply(code)
                .map(known -> new IndicatorRag(code, known.name(), known.period(), known.rag(), numbers, known.source()))
                .orElseGet(() -> Optional.ofNullable(boardRags.get(code)).filter(rag -> boardDate != null && !boardDate.isAfter(asOf))
                        .map(rag -> new IndicatorRag(code, null, text(rag, "period"), text(rag, "rag"), numbers, source))
                        .orElse(new IndicatorRag(code, null, null, null, numbers, source)))));
        overdue.sort(Comparator.comparing(ImprovementAction::dueDate));
        completed.sort(Comparator.comparing(ImprovementAction::completedOn));
        progress.sort(Comparator.comparing(Progress::reportedOn));
        return new ImprovementPlanSummary(uuid(plan, "id"), text(plan, "title"), plan.path("planVersion").asInt(1), date(plan, "agreedOn"),
                asOf, from, themes, totals, overdue, completed, progress, indicators, source);
    }

    /** The status of the board's last decision on or before the date; OPEN before its first. */
    private static String statusAt(JsonNode recommendation, LocalDate asOf) {
        String status = "OPEN";
        for (JsonNode decision : recommendation.path("decisions")) {
            LocalDate decidedOn = date(decision, "decidedOn");
            if (decidedOn != null && !decidedOn.isAfter(asOf)) {
                status = text(decision, "to");
            }
        }
        return status;
    }

    /** The action as its plan stood at the date: title, owner and due date before any later re-plan. */
    private static ImprovementAction action(String plan, String recommendation, JsonNode action, LocalDate asOf) {
        List<JsonNode> later = new ArrayList<>();
        action.path("replans").forEach(replan -> {
            LocalDate replannedOn = date(replan, "replannedOn");
            if (replannedOn != null && replannedOn.isAfter(asOf)) {
                later.add(replan);
            }
        });
        later.sort(Comparator.comparing(replan -> date(replan, "replannedOn")));
        String dueDate = plannedAt(action, "dueDate", later);
        return new ImprovementAction(uuid(action, "id"), plan, recommendation, plannedAt(action, "title", later),
                plannedAt(action, "ownerParty", later), plannedAt(action, "owner", later), dueDate == null ? null : LocalDate.parse(dueDate),
                text(action, "status"), date(action, "completedOn"), actionSource(text(action, "id")));
    }

    /**
     * The field's value before the earliest of {@code later} (re-plans after the date, oldest first) that changed it,
     * else its value now; a re-plan records a field that had none as "null".
     */
    private static String plannedAt(JsonNode action, String field, List<JsonNode> later) {
        for (JsonNode replan : later) {
            for (JsonNode change : replan.path("changes")) {
                if (field.equals(text(change, "field"))) {
                    String from = text(change, "from");
                    return "null".equals(from) ? null : from;
                }
            }
        }
        return text(action, field);
    }

    private static Source actionSource(String actionId) {
        return Upstream.source(UpstreamService.PERFORMANCE, "/api/v1/improvement-actions/" + actionId);
    }

    private static Map<String, Integer> zeroes() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        ImprovementPlanSummary.STATUSES.forEach(status -> counts.put(status, 0));
        return counts;
    }
}
