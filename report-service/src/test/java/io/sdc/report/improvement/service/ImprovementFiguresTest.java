package io.sdc.report.improvement.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sdc.report.assembly.Sentences;
import io.sdc.report.improvement.ImprovementAction;
import io.sdc.report.improvement.ImprovementPlanSummary;
import io.sdc.report.improvement.ImprovementPlanSummary.IndicatorRag;
import io.sdc.report.improvement.ImprovementPlanSummary.Progress;
import io.sdc.report.rendering.ReportDocument.Block;
import io.sdc.report.rendering.ReportDocument.Paragraph;
import io.sdc.report.rendering.ReportDocument.Quote;
import io.sdc.report.rendering.ReportDocument.Source;
import io.sdc.report.rendering.ReportDocument.Table;
import io.sdc.report.upstream.Upstream;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The improvement plan as at a report's date, worked out from the board's answer for today, without Quarkus: a
 * recommendation counts from its source's date in the status of the board's last decision by then; an action is
 * overdue when due before the date and not confirmed complete by it; completions and progress count within the
 * period only; a plan agreed after the date is not read at all; an indicator's RAG is the report's own.
 */
class ImprovementFiguresTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final UUID CONTRACT = UUID.fromString("5f0c6a8e-3c1b-4a51-9b8e-0f0d8f3b2a11");
    private static final String EARLY = "00000000-0000-0000-0000-0000000000a1";
    private static final String LATE = "00000000-0000-0000-0000-0000000000b2";
    private static final String PLANS = "/api/v1/contracts/" + CONTRACT + "/improvement-plans";

    private final List<String> asked = new ArrayList<>();

    private Upstream answers() {
        return answers(BOARD);
    }

    /** performance-service answering with the plans, and with {@code board} for the 2015 plan's board. */
    private Upstream answers(String board) {
        return (service, path) -> {
            asked.add(path);
            try {
                if (path.equals(PLANS)) {
                    return JSON.readTree("""
                            [{"id":"%s","title":"Improvement plan 2015","planVersion":1,"agreedOn":"2015-03-01","themes":["Help","Care"]},
                             {"id":"%s","title":"Action plan after the 2017 inspection","planVersion":1,"agreedOn":"2017-02-01","themes":["Help"]}]
                            """.formatted(EARLY, LATE));
                }
                if (path.startsWith("/api/v1/improvement-plans/" + EARLY + "/board")) {
                    return JSON.readTree(board);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            throw new IllegalStateException("Not asked of the board: " + path);
        };
    }

    private static final String BOARD = """
                {"asOf":"2026-11-30","themes":[{"theme":"Help"},{"theme":"Care"}],"recommendations":[
                 {"recommendation":{"number":"1","theme":"Help","source":{"date":"2015-01-10"},"indicatorCodes":["RE-REFERRALS"],
                   "decisions":[{"to":"MONITORED_BY_IMPROVEMENT_BOARD","decidedOn":"2015-04-02"},{"to":"CLOSED","decidedOn":"2016-02-01"}]},
                  "actions":[{"id":"00000000-0000-0000-0000-0000000000c1","title":"Audit referrals","ownerParty":"TRUST","owner":"Head of Early Help",
                    "dueDate":"2015-05-31","status":"COMPLETE","completedOn":"2015-06-20"},
                   {"id":"00000000-0000-0000-0000-0000000000c2","title":"Train the front door","ownerParty":"COUNCIL","owner":"Director of People",
                    "dueDate":"2015-06-15","status":"COMPLETE","completedOn":"2015-07-10"}],
                  "progressSince":[
                   {"actionId":"00000000-0000-0000-0000-0000000000c1","actionTitle":"Audit referrals",
                    "update":{"reportedOn":"2015-04-20","party":"TRUST","status":"ON_TRACK","commentary":"Half the audits done"}},
                   {"actionId":"00000000-0000-0000-0000-0000000000c2","actionTitle":"Train the front door",
                    "update":{"reportedOn":"2015-07-02","party":"COUNCIL","status":"AT_RISK","commentary":"Trainer unavailable"}}],
                  "indicators":[{"indicatorCode":"RE-REFERRALS","period":"2026-Q3","rag":"RED"}]},
                 {"recommendation":{"number":"2","theme":"Care","source":{"date":"2015-01-10"},"indicatorCodes":[],
                   "decisions":[{"to":"MONITORED_BY_OTHER_BODY","decidedOn":"2015-07-01"}]},"actions":[],"progressSince":[],"indicators":[]},
                 {"recommendation":{"number":"3","theme":"Care","source":{"date":"2015-08-01"},"indicatorCodes":[],"decisions":[]},
                  "actions":[],"progressSince":[],"indicators":[]}]}
            """;

    @Test
    void theBoardOfTodayIsWorkedBackToTheEndOfTheQuarter() {
        Source scorecard = new Source("performance", "/api/v1/contracts/" + CONTRACT + "/scorecard?period=2015-Q2");
        ImprovementFigures.Plans plans = ImprovementFigures.asAt(answers(), CONTRACT, LocalDate.of(2015, 6, 30), LocalDate.of(2015, 4, 1),
                code -> Optional.of(new IndicatorRag(code, "Re-referrals within 12 months", "2015-Q2", "AMBER", List.of(), scorecard)));
        ImprovementPlanSummary plan = plans.latest();

        assertThat(asked).as("the 2017 plan did not exist yet").containsExactly(PLANS,
                "/api/v1/improvement-plans/" + EARLY + "/board?since=2015-04-01");
        assertThat(plan.title()).isEqualTo("Improvement plan 2015");
        assertThat(plan.source().path()).isEqualTo("/api/v1/improvement-plans/" + EARLY + "/board?since=2015-04-01");
        assertThat(plan.themes().get(0).byStatus()).as("closed only in 2016").containsEntry("MONITORED_BY_IMPROVEMENT_BOARD", 1)
                .containsEntry("CLOSED", 0);
        assertThat(plan.themes().get(1).byStatus()).as("decided on 1 July; recommendation 3 raised in August")
                .containsEntry("OPEN", 1).containsEntry("MONITORED_BY_OTHER_BODY", 0);
        assertThat(plan.recommendations()).isEqualTo(2);
        assertThat(plan.completed()).extracting(ImprovementAction::title).containsExactly("Audit referrals");
        assertThat(plan.overdue()).extracting(ImprovementAction::title, ImprovementAction::completedOn)
                .as("complete only on 10 July").containsExactly(tuple("Train the front door", LocalDate.of(2015, 7, 10)));
        assertThat(plans.overdue()).isEqualTo(plan.overdue());
        assertThat(plan.progress()).extracting(Progress::reportedOn, Progress::recommendation, Progress::commentary)
                .containsExactly(tuple(LocalDate.of(2015, 4, 20), "1", "Half the audits done"));
        assertThat(plan.indicators()).extracting(IndicatorRag::rag, IndicatorRag::period, IndicatorRag::source, IndicatorRag::recommendations)
                .as("the report's own figure, not today's RED").containsExactly(
                        tuple("AMBER", "2015-Q2", scorecard, List.of("1")));

        List<Block> blocks = new ImprovementLayout(Sentences.standalone()).quarter(plan, plan.asOf(), plans.source());
        assertThat(blocks).filteredOn(Paragraph.class::isInstance).extracting(b -> ((Paragraph) b).text()).containsExactly(
                "As at 30 June 2015, the improvement plan ‘Improvement plan 2015’ (version 1, agreed on 1 March 2015) holds 2 "
                        + "recommendations: 1 open and 1 monitored by the improvement board.",
                "At 30 June 2015, 1 action of the plan is past its due date and not confirmed complete.",
                "From 1 April 2015 to 30 June 2015, 1 progress update was reported on the plan's actions and 1 action was confirmed "
                        + "complete by the council.",
                "1 indicator evidences the plan's recommendations, each with its latest RAG by 30 June 2015.");
        assertThat(blocks).filteredOn(Table.class::isInstance).extracting(b -> ((Table) b).caption()).containsExactly(
                "Recommendations per theme and status at 30 June 2015", "Actions past their due date at 30 June 2015",
                "Actions confirmed complete from 1 April 2015 to 30 June 2015", "Progress reported from 1 April 2015 to 30 June 2015",
                "Indicators evidencing the recommendations: latest RAG by 30 June 2015");
        assertThat(blocks).contains(new Quote("Half the audits done", "Progress on ‘Audit referrals’ reported by the trust on 20 April 2015"));
    }

    @Test
    void anActionShowsItsPlanAsAtTheDateAndIsOverdueByTheDueDateItHadThen() {
        String board = """
                {"asOf":"2026-11-30","themes":[{"theme":"Help"}],"recommendations":[
                 {"recommendation":{"number":"1","theme":"Help","source":{"date":"2015-01-10"},"indicatorCodes":[],"decisions":[]},
                  "actions":[{"id":"00000000-0000-0000-0000-0000000000d1","title":"Re-audit referrals by team","ownerParty":"COUNCIL",
                    "owner":"Director of People","dueDate":"2016-09-30","status":"ON_TRACK","completedOn":null,"replans":[
                     {"replannedOn":"2016-02-01","replannedBy":"c.commissioner","party":"COUNCIL","reason":"Audit tool replaced",
                      "changes":[{"field":"title","from":"Audit referrals","to":"Re-audit referrals"}]},
                     {"replannedOn":"2016-05-10","replannedBy":"c.commissioner","party":"COUNCIL","reason":"Auditor on leave",
                      "changes":[{"field":"ownerParty","from":"TRUST","to":"COUNCIL"},{"field":"owner","from":"Head of Early Help","to":"Director of People"},
                       {"field":"dueDate","from":"2016-01-31","to":"2016-06-30"},{"field":"status","from":"OVERDUE","to":"ON_TRACK"}]},
                     {"replannedOn":"2016-07-01","replannedBy":"c.commissioner","party":"COUNCIL","reason":"Scope widened",
                      "changes":[{"field":"title","from":"Re-audit referrals","to":"Re-audit referrals by team"},
                       {"field":"dueDate","from":"2016-06-30","to":"2016-09-30"}]}]},
                   {"id":"00000000-0000-0000-0000-0000000000d2","title":"Train the front door","ownerParty":"TRUST","owner":"Head of Early Help",
                    "dueDate":"2016-04-30","status":"ON_TRACK","completedOn":null,"replans":[
                     {"replannedOn":"2016-02-15","replannedBy":"c.commissioner","party":"COUNCIL","reason":"Trainer unavailable",
                      "changes":[{"field":"dueDate","from":"2016-02-28","to":"2016-04-30"}]}]}],
                  "progressSince":[],"indicators":[]}]}
                """;

        ImprovementFigures.Plans plans = ImprovementFigures.asAt(answers(board), CONTRACT, LocalDate.of(2016, 3, 31), LocalDate.of(2016, 1, 1),
                code -> Optional.empty());

        assertThat(plans.overdue()).as("due on 31 January until re-planned on 10 May; the front door re-planned in February to 30 April")
                .extracting(ImprovementAction::title, ImprovementAction::ownerParty, ImprovementAction::owner, ImprovementAction::dueDate)
                .containsExactly(tuple("Re-audit referrals", "TRUST", "Head of Early Help", LocalDate.of(2016, 1, 31)));
        assertThat(plans.latest().overdue()).isEqualTo(plans.overdue());
    }

    @Test
    void beforeAnyPlanWasAgreedNoBoardIsReadAndTheReportSaysSo() {
        ImprovementFigures.Plans plans = ImprovementFigures.asAt(answers(), CONTRACT, LocalDate.of(2015, 2, 28), LocalDate.of(2015, 1, 1),
                code -> Optional.empty());

        assertThat(plans.latest()).isNull();
        assertThat(plans.overdue()).isEmpty();
        assertThat(asked).containsExactly(PLANS);
        assertThat(new ImprovementLayout(Sentences.standalone()).year(null, "2014/15", LocalDate.of(2015, 2, 28), plans.source()))
                .containsExactly(new Paragraph("As at 28 February 2015, the contract has no improvement plan: none was agreed by then.",
                        new Source("performance", PLANS)));
    }
}
