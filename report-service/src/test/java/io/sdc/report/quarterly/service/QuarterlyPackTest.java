package io.sdc.report.quarterly.service;

import io.sdc.platform.money.Money;
import io.sdc.report.RecordedServices;
import io.sdc.report.assembly.FigureValidation;
import io.sdc.report.improvement.ImprovementAction;
import io.sdc.report.improvement.ImprovementPlanSummary;
import io.sdc.report.improvement.ImprovementPlanSummary.IndicatorRag;
import io.sdc.report.improvement.ImprovementPlanSummary.ThemeCount;
import io.sdc.report.quarterly.QuarterlyPack;
import io.sdc.report.quarterly.QuarterlyPack.Indicator;
import io.sdc.report.quarterly.QuarterlyPack.TrendPoint;
import io.sdc.report.rendering.ReportDocument;
import io.sdc.report.rendering.ReportDocument.Block;
import io.sdc.report.rendering.ReportDocument.Cell;
import io.sdc.report.rendering.ReportDocument.Chart;
import io.sdc.report.rendering.ReportDocument.Paragraph;
import io.sdc.report.rendering.ReportDocument.Quote;
import io.sdc.report.rendering.ReportDocument.Section;
import io.sdc.report.rendering.ReportDocument.Style;
import io.sdc.report.rendering.ReportDocument.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The demo contract's quarterly packs, made from the answers the shared local stack gave (no Quarkus): 2015-Q3, the
 * quarter the seed's annual report ends on (five green indicators, all provisional; the £348k forecast overspend on
 * placements); 2014-Q4, the first quarter (two red and three amber indicators, reported first); 2015-Q4 (the three
 * changes agreed in principle at the annual review on 9 December 2015; figures and return not in); 2016-Q2 (the
 * shared action plan's actions past their due dates and the Requires Improvement milestone missed).
 */
class QuarterlyPackTest {

    private static RecordedPacks packs;
    private static QuarterlyPack q3;
    private static ReportDocument q3Document;

    @BeforeAll
    static void recorded() {
        packs = new RecordedPacks();
        q3 = packs.figures("2015-Q3");
        q3Document = packs.document(q3);
    }

    @AfterAll
    static void stop() {
        packs.close();
    }

    @Test
    void theScorecardOf2015Q3HoldsTheDemosFiveGreenIndicatorsEachProvisional() {
        assertThat(q3.contract().reference()).isEqualTo("DCST-SDC-2014");
        assertThat(q3.periodStart()).isEqualTo(LocalDate.of(2015, 7, 1));
        assertThat(q3.asOf()).isEqualTo(LocalDate.of(2015, 9, 30));
        assertThat(q3.scorecard().summary()).containsEntry("GREEN", 5).containsEntry("AMBER", 0).containsEntry("RED", 0);
        assertThat(q3.scorecard().indicators()).extracting(Indicator::code, i -> i.value().stripTrailingZeros().toPlainString(), Indicator::rag)
                .contains(tuple("RE-REFERRALS", "23", "GREEN"), tuple("CP-SECOND-TIME", "13", "GREEN"),
                        tuple("PLACEMENT-MOVES-3PLUS", "7", "GREEN"), tuple("AGENCY-SOCIAL-WORKERS", "10", "GREEN"),
                        tuple("STAFF-TURNOVER", "18", "GREEN"));
        Indicator reReferrals = indicator(q3, "RE-REFERRALS");
        assertThat(reReferrals.target()).isEqualByComparingTo("25");
        assertThat(reReferrals.toleranceLimit()).isEqualByComparingTo("30");
        assertThat(reReferrals.validation()).isEqualTo("PROVISIONAL");
        assertThat(reReferrals.exception()).isFalse();
        assertThat(reReferrals.comparators()).extracting(QuarterlyPack.Comparator::kind, QuarterlyPack.Comparator::position)
                .containsExactly(tuple("NATIONAL", "BETTER"), tuple("REGIONAL", "BETTER"));
        assertThat(reReferrals.source().path()).isEqualTo("/api/v1/contracts/" + RecordedPacks.CONTRACT
                + "/observations/7aebee67-a409-4b93-936f-370b7f5deb26");

        assertThat(paragraphs(section(q3Document, "Summary")).get(0))
                .isEqualTo("Of the 5 indicators on the scorecard for 2015-Q3, 5 are green, 0 amber and 0 red.");
        assertThat(paragraphs(section(q3Document, "Exceptions"))).containsExactly("No indicator is red or amber in 2015-Q3.");
        Table table = (Table) section(q3Document, "Scorecard").blocks().get(0);
        assertThat(table.headers()).containsExactly("Indicator", "Value", "Target", "Tolerance limit", "RAG", "Since last quarter",
                "Since baseline", "Validation");
        List<Cell> row = table.rows().stream().filter(r -> r.get(0).text().startsWith("Re-referrals")).findFirst().orElseThrow();
        assertThat(row).extracting(Cell::text).containsExactly("Re-referrals within 12 months", "23%", "25%", "30%", "Green",
                "Improving", "Improving", "Provisional");
        assertThat(row.get(4).tag()).isEqualTo("GREEN");
        assertThat(row.get(1).source()).isEqualTo(reReferrals.source());
    }

    @Test
    void redAndAmberIndicatorsComeFirstWithTheTrustsCommentaryQuotedAsWritten() {
        String observations = "/api/v1/contracts/" + RecordedPacks.CONTRACT + "/observations?period=2014-Q4";
        String commentary = "Re-referrals reflect the backlog of cases inherited at transfer; a review of closures started in November";
        String recorded = RecordedServices.recorded("performance", observations);
        packs.services.answer("performance", observations, 200, recorded.replaceFirst(
                "(\"indicatorCode\":\"RE-REFERRALS\",[^}]*?\"commentary\":)null", "$1\"" + commentary + "\""));
        try {
            QuarterlyPack q4 = packs.figures("2014-Q4");

            assertThat(q4.scorecard().indicators()).extracting(Indicator::code, Indicator::rag, Indicator::exception).containsExactly(
                    tuple("RE-REFERRALS", "RED", true), tuple("STAFF-TURNOVER", "RED", true),
                    tuple("AGENCY-SOCIAL-WORKERS", "AMBER", true), tuple("CP-SECOND-TIME", "AMBER", true),
                    tuple("PLACEMENT-MOVES-3PLUS", "AMBER", true));
            assertThat(indicator(q4, "RE-REFERRALS").commentary()).isEqualTo(commentary);
            assertThat(indicator(q4, "STAFF-TURNOVER").commentary()).isNull();

            List<Block> exceptions = section(packs.document(q4), "Exceptions").blocks();
            assertThat(exceptions).hasSize(10);
            assertThat(((Paragraph) exceptions.get(0)).text()).isEqualTo("Re-referrals within 12 months is red at 36%, against a "
                    + "target of 25% and a tolerance limit of 30%; it was 38% at the contract baseline (improving since).");
            assertThat(exceptions.get(1)).isEqualTo(new Quote(commentary, "The trust's commentary on Re-referrals within 12 months, 2014-Q4"));
            assertThat(((Paragraph) exceptions.get(3)).text()).isEqualTo("The trust gave no commentary on this figure.");
            assertThat(paragraphs(section(packs.document(q4), "Summary")).get(0))
                    .isEqualTo("Of the 5 indicators on the scorecard for 2014-Q4, 0 are green, 3 amber and 2 red.");
        } finally {
            packs.services.answer("performance", observations, 200, recorded);
        }
    }

    @Test
    void eachIndicatorsTrendRunsFromTheContractsFirstQuarterWithItsTargetAndToleranceLimit() {
        QuarterlyPack.Trend reReferrals = q3.trends().stream().filter(t -> t.code().equals("RE-REFERRALS")).findFirst().orElseThrow();
        assertThat(reReferrals.points()).extracting(TrendPoint::period, p -> p.value().stripTrailingZeros().toPlainString(),
                        p -> p.target().stripTrailingZeros().toPlainString(), p -> p.toleranceLimit().stripTrailingZeros().toPlainString(),
                        TrendPoint::rag, TrendPoint::validation)
                .containsExactly(tuple("2014-Q4", "36", "25", "30", "RED", "VALIDATED"), tuple("2015-Q1", "31", "25", "30", "RED", "VALIDATED"),
                        tuple("2015-Q2", "26", "25", "30", "AMBER", "VALIDATED"), tuple("2015-Q3", "23", "25", "30", "GREEN", "PROVISIONAL"));
        assertThat(q3.trends()).hasSize(5).allSatisfy(t -> assertThat(t.points()).hasSize(4));

        Chart chart = (Chart) section(q3Document, "Trends").blocks().stream()
                .filter(b -> ((Chart) b).title().equals("Re-referrals within 12 months")).findFirst().orElseThrow();
        assertThat(chart.labels()).containsExactly("2014-Q4", "2015-Q1", "2015-Q2", "2015-Q3");
        assertThat(chart.unit()).isEqualTo("%");
        assertThat(chart.series()).extracting(ReportDocument.Series::name, ReportDocument.Series::style).containsExactly(
                tuple("Re-referrals within 12 months", Style.LINE), tuple("Target", Style.TARGET), tuple("Tolerance limit", Style.TOLERANCE));
        assertThat(chart.series().get(0).values()).extracting(v -> v.stripTrailingZeros().toPlainString()).containsExactly("36", "31", "26", "23");
        assertThat(chart.description()).isEqualTo("Re-referrals within 12 months, quarter by quarter from 2014-Q4 to 2015-Q3, with its "
                + "target and tolerance limit; lower is better.");

        QuarterlyPack q2of2016 = packs.figures("2016-Q2");
        assertThat(q2of2016.trends().get(0).points()).extracting(TrendPoint::period).containsExactly(
                "2014-Q4", "2015-Q1", "2015-Q2", "2015-Q3", "2015-Q4", "2016-Q1", "2016-Q2");
    }

    @Test
    void theContractYearSoFarIsTheYearFromOctober2014WithEveryIndicatorImprovingSinceTheBaseline() {
        assertThat(q3.contractYear().contractYear()).isEqualTo("2014/15");
        assertThat(q3.contractYear().start()).isEqualTo(LocalDate.of(2014, 10, 1));
        assertThat(q3.contractYear().improvingOrStable()).isEqualTo(5);
        assertThat(q3.contractYear().indicators()).extracting(QuarterlyPack.YearIndicator::code,
                        i -> i.baselineValue().stripTrailingZeros().toPlainString(), i -> i.latestValue().stripTrailingZeros().toPlainString())
                .contains(tuple("RE-REFERRALS", "38", "23"), tuple("CP-SECOND-TIME", "16", "13"), tuple("PLACEMENT-MOVES-3PLUS", "11", "7"),
                        tuple("AGENCY-SOCIAL-WORKERS", "18", "10"), tuple("STAFF-TURNOVER", "29", "18"));
        assertThat(paragraphs(section(q3Document, "Contract year 2014/15 so far")).get(0)).isEqualTo(
                "In the contract year 2014/15 so far, 5 of the 5 indicators with a figure are improving or stable since the contract baseline.");
    }

    @Test
    void theFinanceForecastFor2015To16IsTheOverspendOf348kAllOfItOnPlacements() {
        QuarterlyPack.Finance finance = q3.finance();
        assertThat(finance.financialYear()).isEqualTo("2015/16");
        assertThat(finance.budget()).isEqualTo(Money.of("42311000.00"));
        QuarterlyPack.Forecast forecast = finance.forecast();
        assertThat(forecast.period()).isEqualTo("2015-Q3");
        assertThat(forecast.variance()).isEqualTo(Money.of("348000.00"));
        assertThat(forecast.driver().code()).isEqualTo("placements");
        assertThat(forecast.driver().variance()).isEqualTo(Money.of("348000.00"));
        assertThat(forecast.figureStatus()).isEqualTo("PROVISIONAL");
        assertThat(forecast.trend()).extracting(QuarterlyPack.ForecastPoint::period, QuarterlyPack.ForecastPoint::variance)
                .containsExactly(tuple("2015-Q2", Money.of("60000.00")), tuple("2015-Q3", Money.of("348000.00")));

        List<Block> blocks = section(q3Document, "Finance").blocks();
        String sentence = "The 2015-Q3 monitoring return forecasts an overspend of £348k for 2015/16 (0.82% of the £42.3m budget), all of "
                + "it on placements for looked-after children. Its figures are provisional.";
        assertThat(((Paragraph) blocks.get(0)).text()).isEqualTo(sentence);
        assertThat(paragraphs(section(q3Document, "Summary"))).contains(sentence);
        Table lines = (Table) blocks.get(1);
        assertThat(lines.rows()).extracting(r -> r.get(0).text(), r -> r.get(1).text(), r -> r.get(4).text()).contains(
                tuple("Placements for looked-after children (demand-led)", "£12,500,000", "£348,000"),
                tuple("Total", "£42,311,000", "£348,000"));
        Chart trend = (Chart) blocks.get(2);
        assertThat(trend.labels()).containsExactly("2015-Q2", "2015-Q3");
        assertThat(trend.series().get(0).values()).containsExactly(new BigDecimal("42371000.00"), new BigDecimal("42659000.00"));
    }

    @Test
    void figuresNotValidatedAreListedAndTheFirstPageSaysSo() {
        assertThat(q3.validation().allValidated()).isFalse();
        assertThat(q3.validation().unvalidated()).extracting(FigureValidation.Unvalidated::text).containsExactly(
                "Frontline social work posts filled by agency staff, 2015-Q3: provisional",
                "Child protection plans for a second or subsequent time, 2015-Q3: provisional",
                "Looked-after children with three or more placements in the year, 2015-Q3: provisional",
                "Re-referrals within 12 months, 2015-Q3: provisional",
                "Social work staff turnover over the last 12 months, 2015-Q3: provisional",
                "Monitoring return 2015-Q3 for 2015/16: submitted, not validated");
        assertThat(q3Document.notices()).hasSize(7).first().isEqualTo(
                "6 figures in this pack are not validated by the council and may change: they are listed below.");
        assertThat(q3Document.notices()).contains("Monitoring return 2015-Q3 for 2015/16: submitted, not validated");
        assertThat(q3Document.title()).isEqualTo("Quarterly performance pack 2015-Q3");
        assertThat(q3Document.subtitle()).isEqualTo("Service Delivery Contract for Children's Social Care (DCST-SDC-2014) between "
                + "Doncaster Metropolitan Borough Council and Doncaster Children's Services Trust: July to September 2015");

        QuarterlyPack first = packs.figures("2014-Q4");
        assertThat(first.validation().allValidated()).isTrue();
        assertThat(packs.document(first).notices()).isEmpty();
        assertThat(first.contractYear().indicators()).extracting(QuarterlyPack.YearIndicator::code, QuarterlyPack.YearIndicator::latestPeriod,
                        i -> i.latestValue().stripTrailingZeros().toPlainString(), QuarterlyPack.YearIndicator::validation)
                .as("the contract year as it stood at the quarter's end, not with the later quarters' provisional figures")
                .contains(tuple("RE-REFERRALS", "2014-Q4", "36", "VALIDATED"));
    }

    @Test
    void theChangeRequestsOfAQuarterAreThoseRaisedOrDecidedInItWithTheirRationaleQuoted() {
        assertThat(q3.changeRequests()).isEmpty();
        assertThat(paragraphs(section(q3Document, "Change requests"))).containsExactly("No change request was raised or decided in 2015-Q3.");

        QuarterlyPack q4 = packs.figures("2015-Q4");
        assertThat(q4.changeRequests()).extracting(QuarterlyPack.ChangeRequest::reference, QuarterlyPack.ChangeRequest::status,
                        QuarterlyPack.ChangeRequest::opened, QuarterlyPack.ChangeRequest::decided)
                .containsExactly(tuple("NCR-1", "AGREED_IN_PRINCIPLE", false, true), tuple("NCR-2", "AGREED_IN_PRINCIPLE", false, true),
                        tuple("NCR-3", "AGREED_IN_PRINCIPLE", false, true));
        assertThat(q4.changeRequests().get(0).steps()).extracting(QuarterlyPack.ChangeStep::on, QuarterlyPack.ChangeStep::to)
                .containsExactly(tuple(LocalDate.of(2015, 12, 9), "AGREED_IN_PRINCIPLE"));

        List<Block> blocks = section(packs.document(q4), "Change requests").blocks();
        assertThat(((Paragraph) blocks.get(0)).text()).isEqualTo("In 2015-Q4, 0 change requests were raised and 3 decided.");
        Table table = (Table) blocks.get(1);
        assertThat(table.rows().get(0)).extracting(Cell::text).containsExactly("NCR-1",
                "Transfer of the Children with Disability service to the Trust", "Service transfer in",
                "Agreed in principle on 9 December 2015", "Agreed in principle");
        assertThat(blocks.get(2)).isEqualTo(new Quote("Closer alignment of the CWD team with Referral and Response and the locality "
                + "social work teams; notifiable because inconsistent with the statutory direction that established the Trust",
                "Rationale of NCR-1, Transfer of the Children with Disability service to the Trust"));
    }

    @Test
    void whatIsOverdueIsJudgedAtTheQuartersEnd() {
        assertThat(q3.overdue().actions()).isEmpty();
        assertThat(q3.overdue().milestones()).isEmpty();
        assertThat(q3.overdue().notIn()).isEmpty();
        assertThat(paragraphs(section(q3Document, "Overdue"))).containsExactly("Nothing is overdue at 30 September 2015: no improvement "
                + "action is past its due date, no milestone is missed, and the figures and the monitoring return for 2015-Q3 are in.");

        QuarterlyPack q4 = packs.figures("2015-Q4");
        assertThat(q4.overdue().notIn()).extracting(QuarterlyPack.NotIn::text).containsExactly(
                "Frontline social work posts filled by agency staff: no figure for 2015-Q4",
                "Child protection plans for a second or subsequent time: no figure for 2015-Q4",
                "Looked-after children with three or more placements in the year: no figure for 2015-Q4",
                "Re-referrals within 12 months: no figure for 2015-Q4",
                "Social work staff turnover over the last 12 months: no figure for 2015-Q4",
                "Monitoring return for 2015-Q4 of 2015/16");
        assertThat(q4.finance().forecast().period()).isEqualTo("2015-Q3");

        QuarterlyPack q2of2016 = packs.figures("2016-Q2");
        assertThat(q2of2016.asOf()).isEqualTo(LocalDate.of(2016, 6, 30));
        assertThat(q2of2016.overdue().actions()).extracting(ImprovementAction::recommendation,
                        ImprovementAction::dueDate, ImprovementAction::ownerParty)
                .containsExactly(tuple("16", LocalDate.of(2016, 2, 29), "COUNCIL"), tuple("2", LocalDate.of(2016, 3, 31), "TRUST"),
                        tuple("1", LocalDate.of(2016, 4, 30), "TRUST"));
        assertThat(q2of2016.overdue().actions().get(0).completedOn()).as("confirmed complete after the quarter")
                .isEqualTo(LocalDate.of(2026, 11, 30));
        Table actions = (Table) section(packs.document(q2of2016), "Overdue").blocks().get(1);
        assertThat(actions.rows()).extracting(r -> r.get(4).text()).containsExactly("Complete on 30 November 2026", "At risk", "On track");
        assertThat(q2of2016.overdue().milestones()).extracting(QuarterlyPack.MissedMilestone::title)
                .containsExactly("Requires Improvement by April 2016");
        assertThat(q2of2016.finance().financialYear()).isEqualTo("2016/17");
        assertThat(q2of2016.finance().forecast()).isNull();
        assertThat(q2of2016.overdue().notIn()).extracting(QuarterlyPack.NotIn::text).contains("Monitoring return for 2016-Q2 of 2016/17");
        assertThat(paragraphs(section(packs.document(q2of2016), "Overdue"))).containsExactly("At 30 June 2016, 3 improvement actions are "
                + "past their due date, 1 milestone is missed, and 6 figures or returns for 2016-Q2 have not come in.");
    }

    @Test
    void theImprovementPlanIsShownAsTheBoardSawItAtTheQuartersEnd() {
        String plans = "/api/v1/contracts/" + RecordedPacks.CONTRACT + "/improvement-plans";
        assertThat(q3.improvementPlan()).as("the plan was agreed on 9 December 2015").isNull();
        assertThat(q3.improvementPlans()).isEqualTo(new ReportDocument.Source("performance", plans));
        assertThat(section(q3Document, "Improvement plan").blocks()).containsExactly(new Paragraph(
                "As at 30 September 2015, the contract has no improvement plan: none was agreed by then.", q3.improvementPlans()));

        // 2015-Q4: the plan agreed, its 20 recommendations open until the Strategic Inspection Group's decisions of 20 January 2016.
        ImprovementPlanSummary q4 = packs.figures("2015-Q4").improvementPlan();
        assertThat(q4.totals()).containsEntry("OPEN", 20).containsEntry("MONITORED_BY_IMPROVEMENT_BOARD", 0);
        assertThat(q4.themes()).extracting(ThemeCount::total).containsExactly(6, 5, 1, 3, 5);
        assertThat(q4.overdue()).isEmpty();

        QuarterlyPack q2of2016 = packs.figures("2016-Q2");
        ImprovementPlanSummary plan = q2of2016.improvementPlan();
        String board = "/api/v1/improvement-plans/7a413913-2c51-4098-80b2-d3c28336ebee/board?since=2016-04-01";
        assertThat(plan.source()).isEqualTo(new ReportDocument.Source("performance", board));
        assertThat(plan.title()).isEqualTo("Shared action plan: Ofsted inspection of November 2015");
        assertThat(plan.asOf()).isEqualTo(LocalDate.of(2016, 6, 30));
        assertThat(plan.from()).isEqualTo(LocalDate.of(2016, 4, 1));
        assertThat(plan.themes()).extracting(ThemeCount::theme, t -> t.byStatus().get("MONITORED_BY_IMPROVEMENT_BOARD"),
                        t -> t.byStatus().get("MONITORED_BY_OTHER_BODY"), t -> t.byStatus().get("BUSINESS_AS_USUAL"), ThemeCount::total)
                .containsExactly(tuple("Children who need help and protection", 6, 0, 0, 6),
                        tuple("Children looked after and achieving permanence", 5, 0, 0, 5), tuple("Adoption performance", 0, 0, 1, 1),
                        tuple("Experience and progress of care leavers", 3, 0, 0, 3), tuple("Leadership, management and governance", 4, 1, 0, 5));
        assertThat(plan.totals()).containsEntry("OPEN", 0).containsEntry("MONITORED_BY_IMPROVEMENT_BOARD", 18)
                .containsEntry("MONITORED_BY_OTHER_BODY", 1).containsEntry("BUSINESS_AS_USUAL", 1).containsEntry("CLOSED", 0);
        // One reading of the board: the plan's overdue actions are the pack's overdue improvement actions.
        assertThat(plan.overdue()).isEqualTo(q2of2016.overdue().actions());
        assertThat(plan.overdue()).extracting(ImprovementAction::title).containsExactly(
                "Revised terms of reference and a new Chair for the Corporate Parenting Board; its reporting improved",
                "Audit 40 assessments a month against the practice standard and report to the Group",
                "Align the Children with Disability team with Referral and Response and the locality teams");
        assertThat(plan.completed()).as("confirmed complete after the quarter").isEmpty();
        assertThat(plan.progress()).as("reported after the quarter").isEmpty();
        assertThat(plan.indicators()).extracting(IndicatorRag::code, IndicatorRag::period, IndicatorRag::rag, IndicatorRag::recommendations)
                .as("no figure came in after 2015-Q3").containsExactly(tuple("RE-REFERRALS", "2015-Q3", "GREEN", List.of("2")),
                        tuple("CP-SECOND-TIME", "2015-Q3", "GREEN", List.of("5")), tuple("PLACEMENT-MOVES-3PLUS", "2015-Q3", "GREEN", List.of("7")),
                        tuple("AGENCY-SOCIAL-WORKERS", "2015-Q3", "GREEN", List.of("18")));
        assertThat(plan.indicators().get(0).source().path()).as("the scorecard the pack read").endsWith("/scorecard?period=2015-Q3");

        Section section = section(packs.document(q2of2016), "Improvement plan");
        assertThat(paragraphs(section)).containsExactly(
                "As at 30 June 2016, the improvement plan ‘Shared action plan: Ofsted inspection of November 2015’ (version 1, agreed on "
                        + "9 December 2015) holds 20 recommendations: 18 monitored by the improvement board, 1 monitored by another "
                        + "accountable body and 1 business as usual.",
                "At 30 June 2016, 3 actions of the plan are past their due date and not confirmed complete, the longest overdue first.",
                "From 1 April 2016 to 30 June 2016, no progress was reported on the plan's actions and none was confirmed complete.",
                "4 indicators evidence the plan's recommendations, each with its latest RAG by 30 June 2016.");
        Table counts = (Table) section.blocks().get(1);
        assertThat(counts.headers()).containsExactly("Theme", "Monitored by the improvement board", "Monitored by another accountable body",
                "Business as usual", "Total");
        assertThat(counts.rows().get(counts.rows().size() - 1)).extracting(Cell::text).containsExactly("Total", "18", "1", "1", "20");
        assertThat(counts.rows().get(counts.rows().size() - 1).get(4).source()).isEqualTo(plan.source());
        Table overdue = (Table) section.blocks().get(3);
        assertThat(overdue.rows()).extracting(r -> r.get(1).text(), r -> r.get(2).text(), r -> r.get(3).text()).containsExactly(
                tuple("16", "Director of People (council)", "29 February 2016"),
                tuple("2", "Head of Quality Assurance (trust)", "31 March 2016"),
                tuple("1", "Head of Service, Children with Disability (trust)", "30 April 2016"));
        assertThat(section.blocks()).filteredOn(Paragraph.class::isInstance).extracting(b -> ((Paragraph) b).source()).containsOnly(plan.source());
    }

    private static Indicator indicator(QuarterlyPack pack, String code) {
        return pack.scorecard().indicators().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    private static Section section(ReportDocument document, String heading) {
        return document.sections().stream().filter(s -> s.heading().equals(heading)).findFirst().orElseThrow();
    }

    private static List<String> paragraphs(Section section) {
        return section.blocks().stream().filter(Paragraph.class::isInstance).map(b -> ((Paragraph) b).text()).toList();
    }
}
