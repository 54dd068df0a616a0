package io.sdc.report.annual;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sdc.platform.money.Money;
import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.problem.ProblemType;
import io.sdc.report.RecordedServices;
import io.sdc.report.assembly.FigureValidation;
import io.sdc.report.annual.AnnualReport.Indicator;
import io.sdc.report.annual.service.AnnualReportAssembler;
import io.sdc.report.assembly.Sentences;
import io.sdc.report.improvement.ImprovementAction;
import io.sdc.report.improvement.ImprovementPlanSummary;
import io.sdc.report.improvement.service.ImprovementFigures;
import io.sdc.report.improvement.service.ImprovementLayout;
import io.sdc.report.rendering.ReportCharts;
import io.sdc.report.rendering.ReportDocx;
import io.sdc.report.rendering.ReportHtml;
import io.sdc.report.rendering.ReportPdf;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import io.sdc.report.assembly.AssembledReport;
import io.sdc.report.assembly.ReportKind;
import io.sdc.report.rendering.ReportDocument;
import io.sdc.report.rendering.ReportDocument.Paragraph;
import io.sdc.report.rendering.ReportDocument.Quote;
import io.sdc.report.rendering.ReportDocument.Section;
import io.sdc.report.rendering.ReportDocument.Table;
import io.sdc.report.upstream.HttpUpstream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The annual report on the demo contract's first contract year (1 October 2014 to 30 September 2015), assembled from
 * the services' answers as recorded on the local stack: the figures and the document state what the council's report
 * to the Secretary of State stated, from the data.
 */
class AnnualReportTest {

    static final UUID CONTRACT = UUID.fromString(RecordedServices.DEMO_CONTRACT);
    private static RecordedServices services;
    private static AnnualReportAssembler assembler;
    private static AssembledReport assembled;
    private static AnnualReport report;
    private static ReportDocument document;

    @BeforeAll
    static void assemble() {
        services = RecordedServices.started();
        assembler = new AnnualReportAssembler(new HttpUpstream(services.config(), () -> "auditor-token", new ObjectMapper()),
                Sentences.standalone(), Clock.fixed(Instant.parse("2026-06-15T09:00:00Z"), ZoneOffset.UTC));
        assembled = assembler.assemble(CONTRACT, "2014/15");
        report = (AnnualReport) assembled.figures();
        document = assembled.document();
    }

    @AfterAll
    static void stop() {
        services.stop();
    }

    @Test
    void isTheAnnualReportOnTheContractYearAskedFor() {
        assertThat(assembler.kind()).isEqualTo(ReportKind.ANNUAL_REPORT);
        assertThat(assembled.kind()).isEqualTo(ReportKind.ANNUAL_REPORT);
        assertThat(assembled.contractReference()).isEqualTo("DCST-SDC-2014");
        assertThat(assembled.period()).isEqualTo("2014/15");
        assertThat(report.contract().start()).isEqualTo(LocalDate.of(2014, 10, 1));
        assertThat(report.contract().end()).isEqualTo(LocalDate.of(2015, 9, 30));
        assertThat(report.contract().provider()).isEqualTo("Doncaster Children's Services Trust");
        assertThat(document.title()).isEqualTo("Annual report of Doncaster Children's Services Trust (1 October 2014 – 30 September 2015)");
        assertThat(services.authorizations()).isNotEmpty().allMatch("Bearer auditor-token"::equals);
    }

    @Test
    void statesEachIndicatorAtTransferAndAtTheYearsEndInFiguresAndSentences() {
        Map<String, Indicator> indicators = report.performance().indicators().stream()
                .collect(Collectors.toMap(Indicator::code, Function.identity()));
        assertThat(report.performance().period()).isEqualTo("2015-Q3");
        assertThat(indicators.values()).extracting(Indicator::code, i -> plain(i.baselineValue()), i -> plain(i.value()))
                .containsExactlyInAnyOrder(
                        tuple("RE-REFERRALS", "38", "23"),
                        tuple("CP-SECOND-TIME", "16", "13"),
                        tuple("PLACEMENT-MOVES-3PLUS", "11", "7"),
                        tuple("AGENCY-SOCIAL-WORKERS", "18", "10"),
                        tuple("STAFF-TURNOVER", "29", "18"));
        assertThat(indicators.get("RE-REFERRALS").statement()).isEqualTo("Re-referrals within 12 months fell from 38% at transfer "
                + "to 23% by the end of the contract year, better than national and regional performance.");
        assertThat(indicators.get("RE-REFERRALS").comparators()).extracting(AnnualReport.Comparator::kind, AnnualReport.Comparator::position)
                .containsExactly(tuple("NATIONAL", "BETTER"), tuple("REGIONAL", "BETTER"));
        assertThat(indicators.get("CP-SECOND-TIME").statement()).isEqualTo(
                "Child protection plans for a second or subsequent time fell from 16% at transfer to 13% by the end of the contract year.");
        assertThat(report.performance().summary()).startsWith("5 of 5 indicators in the basket are improving or stable");
        assertThat(paragraphs()).contains(
                indicators.get("RE-REFERRALS").statement(),
                indicators.get("CP-SECOND-TIME").statement(),
                "Looked-after children with three or more placements in the year fell from 11% at transfer to 7% by the end of the contract year.",
                "Frontline social work posts filled by agency staff fell from 18% at transfer to 10% by the end of the contract year.",
                "Social work staff turnover over the last 12 months fell from 29% at transfer to 18% by the end of the contract year.");
    }

    @Test
    void statesTheOfstedInspectionSinceTheYearEndWithItsJudgementsAndTheYearsInspections() {
        assertThat(report.inspections().inYear()).hasSize(6)
                .allMatch(inspection -> List.of("GOOD", "OUTSTANDING").contains(inspection.overallJudgement()));
        assertThat(report.inspections().sinceYearEnd()).singleElement().satisfies(ofsted -> {
            assertThat(ofsted.date()).isEqualTo(LocalDate.of(2015, 11, 4));
            assertThat(ofsted.overallJudgement()).isEqualTo("INADEQUATE");
            assertThat(ofsted.recommendations()).isEqualTo(20);
            assertThat(ofsted.areaJudgements()).extracting(AnnualReport.AreaJudgement::area, AnnualReport.AreaJudgement::judgement)
                    .containsExactly(
                            tuple("Children who need help and protection", "INADEQUATE"),
                            tuple("Children looked after and achieving permanence", "REQUIRES_IMPROVEMENT"),
                            tuple("Adoption performance", "GOOD"),
                            tuple("Experience and progress of care leavers", "REQUIRES_IMPROVEMENT"),
                            tuple("Leadership, management and governance", "REQUIRES_IMPROVEMENT"));
        });
        assertThat(paragraphs()).contains("Since the year end, Ofsted inspected ‘Services for children in need of help and "
                + "protection, children looked after and care leavers’ on 4 November 2015: the overall judgement was Inadequate, "
                + "with 20 recommendations.");
        assertThat(text(section("Inspections since the year end"))).contains(
                "Children who need help and protection | Inadequate",
                "Children looked after and achieving permanence | Requires improvement",
                "Adoption performance | Good",
                "Experience and progress of care leavers | Requires improvement",
                "Leadership, management and governance | Requires improvement");
    }

    @Test
    void statesTheRequiresImprovementMilestoneOnTrackAsAtTheYearsEnd() {
        assertThat(report.milestones().asOf()).isEqualTo(LocalDate.of(2015, 9, 30));
        assertThat(report.milestones().milestones())
                .extracting(AnnualReport.Milestone::title, AnnualReport.Milestone::status)
                .contains(tuple("Requires Improvement by April 2016", "ON_TRACK"));
        assertThat(paragraphs()).contains(
                "As at 30 September 2015, the milestone Requires Improvement by April 2016 (due 30 April 2016) is on track.");
    }

    @Test
    void statesTheFirstPeriodsOutturnASurplusOf49kAfterTheRiskShare() {
        AnnualReport.Outturn outturn = report.finance().outturn();
        assertThat(outturn.financialYear()).isEqualTo("2014/15");
        assertThat(outturn.status()).isEqualTo("DRAFT");
        assertThat(outturn.totalVariance()).isEqualTo(Money.of("-98000.00"));
        assertThat(outturn.trustPositionAfterRiskShare()).isEqualTo(Money.of("49000.00"));
        assertThat(outturn.bands()).singleElement().satisfies(band -> {
            assertThat(band.trustAmount()).isEqualTo(Money.of("49000.00"));
            assertThat(band.councilAmount()).isEqualTo(Money.of("49000.00"));
        });
        assertThat(paragraphs()).contains("The draft outturn for 2014/15 is £13.4m against a budget of £13.5m, an underspend "
                + "of £98k. After the risk share, the Trust's position is a surplus of £49k.");
    }

    @Test
    void statesTheQ2ForecastOverspendOf348kAllOfItOnPlacements() {
        AnnualReport.Forecast forecast = report.finance().forecast();
        assertThat(forecast.financialYear()).isEqualTo("2015/16");
        assertThat(forecast.period()).isEqualTo("2015-Q3");
        assertThat(forecast.variance()).isEqualTo(Money.of("348000.00"));
        assertThat(forecast.drivingLine().code()).isEqualTo("placements");
        assertThat(forecast.drivingLine().variance()).isEqualTo(Money.of("348000.00"));
        assertThat(paragraphs()).contains("The monitoring return for quarter 2 of 2015/16 (2015-Q3) forecasts an overspend of "
                + "£348k against the £42.3m budget (0.82%), all of it on placements for looked-after children. Its figures are provisional.");
    }

    @Test
    void statesNextYearsBudget42point2mANetReductionOf111kWithItsSchedule3Derivation() {
        AnnualReport.NextYearBudget budget = report.nextYearBudget();
        assertThat(budget.financialYear()).isEqualTo("2016/17");
        assertThat(budget.total()).isEqualTo(Money.of("42200000.00"));
        assertThat(budget.netChange()).isEqualTo(Money.of("-111000.00"));
        assertThat(budget.adjustments().stream().map(AnnualReport.Adjustment::amount).reduce(Money.ZERO, Money::plus))
                .isEqualTo(budget.netChange());
        assertThat(paragraphs()).contains("The budget for 2016/17 is confirmed in principle at £42.2m, a net reduction of £111k "
                + "from the base of £42.3m (the approved 2015/16 budget), derived under Schedule 3 from five adjustments.");
        assertThat(quotes(section("Confirmation in principle of the budget for the next contract year")))
                .containsExactly("1% pay award", "Contract price uplifts", "National Living Wage", "Looked-after children numbers",
                        "Contribution towards the Council's savings targets");
    }

    @Test
    void statesTheThreeProposedChangesWithTheirRationaleQuotedVerbatim() {
        assertThat(report.proposedChanges()).extracting(AnnualReport.ProposedChange::reference, AnnualReport.ProposedChange::title,
                        AnnualReport.ProposedChange::requiresStatutoryDirection)
                .containsExactly(
                        tuple("NCR-1", "Transfer of the Children with Disability service to the Trust", true),
                        tuple("NCR-2", "Management oversight of the Early Help Hub", false),
                        tuple("NCR-3", "A revised Performance Indicator basket", false));
        Section changes = section("Proposed changes to the Agreement as a result of the Annual Review");
        assertThat(paragraphs()).contains("At the annual review on 9 December 2015, three proposed changes to the contract were agreed in principle.");
        assertThat(text(changes)).contains("NCR-1 Transfer of the Children with Disability service to the Trust: service transfer in, "
                + "agreed in principle, to take effect on 1 April 2016. A further statutory direction is needed; none is recorded yet.");
        assertThat(quotes(changes)).containsExactlyElementsOf(report.proposedChanges().stream().map(AnnualReport.ProposedChange::rationale).toList())
                .contains("Co-location and management with the Trust's Referral and Response and MASH arrangements");
    }

    @Test
    void carriesTheReviewsPrioritiesJointFocusAndSignatoriesAsWritten() {
        assertThat(report.review().reviewDate()).isEqualTo(LocalDate.of(2015, 12, 9));
        assertThat(text(section("Agreed strategic priorities and outcomes for the next contract year"))).contains("Improving quality of practice");
        assertThat(text(section("Areas of joint focus"))).contains("Closer joint working on the Virtual School");
        assertThat(report.signatories().signatories()).extracting(AnnualReport.Attendee::name, AnnualReport.Attendee::party)
                .containsExactly(tuple("Damian Allen", "COUNCIL"), tuple("Paul Moffat", "TRUST"));
        assertThat(quotes(section("Summary of the Trust's performance against Performance Indicators in the contract year")))
                .containsExactly(report.review().performanceSummary());
    }

    @Test
    void listsTheFiguresNotValidatedAndSaysSoOnTheFirstPage() {
        List<String> unvalidated = List.of(
                "Frontline social work posts filled by agency staff, 2015-Q3: provisional",
                "Child protection plans for a second or subsequent time, 2015-Q3: provisional",
                "Looked-after children with three or more placements in the year, 2015-Q3: provisional",
                "Re-referrals within 12 months, 2015-Q3: provisional",
                "Social work staff turnover over the last 12 months, 2015-Q3: provisional",
                "Outturn 2014/15: draft",
                "Monitoring return 2015-Q3 for 2015/16: submitted, not validated");
        assertThat(report.validation().allValidated()).isFalse();
        assertThat(report.validation().unvalidated()).extracting(FigureValidation.Unvalidated::text).containsExactlyElementsOf(unvalidated);
        assertThat(report.validation().unvalidated()).allSatisfy(item -> assertThat(item.source()).isNotNull());
        assertThat(assembled.unvalidated()).containsExactlyElementsOf(unvalidated);
        assertThat(assembled.allValidated()).isFalse();
        assertThat(document.notices().get(0)).startsWith("Not all the figures in this report are validated: seven are provisional or draft");
        assertThat(document.notices().subList(1, document.notices().size())).containsExactlyElementsOf(unvalidated);
    }

    @Test
    void everyFigureGroupNamesTheApiItComesFrom() {
        String scorecard = "/api/v1/contracts/" + CONTRACT + "/scorecard?period=2015-Q3";
        assertThat(report.performance().source()).isEqualTo(new ReportDocument.Source("performance", scorecard));
        assertThat(report.performance().summarySource().path()).isEqualTo("/api/v1/contracts/" + CONTRACT + "/performance-summary?contractYear=2014%2F15");
        assertThat(report.inspections().source().service()).isEqualTo("performance");
        assertThat(report.milestones().source().path()).endsWith("/milestones?asOf=2015-09-30");
        assertThat(report.finance().outturn().source()).isEqualTo(new ReportDocument.Source("finance", "/api/v1/budgets/a58e4305-2400-4a19-a25c-e85c6f48e556/outturn"));
        assertThat(report.finance().forecast().source().path()).isEqualTo("/api/v1/budgets/79df0f12-ce26-401d-a98a-37920d541288/forecast");
        assertThat(report.nextYearBudget().source().path()).isEqualTo("/api/v1/budgets/9b7d8662-6187-4acb-801b-c989eda14a86");
        assertThat(report.review().source()).isEqualTo(new ReportDocument.Source("contract", "/api/v1/annual-reviews/8f31e152-426f-4d12-8f8a-6373201d13d2"));
        assertThat(report.proposedChanges()).allSatisfy(change -> assertThat(change.source().path()).isEqualTo("/api/v1/change-requests/" + change.id()));
        assertThat(document.sections()).flatExtracting(Section::blocks).filteredOn(Paragraph.class::isInstance)
                .map(Paragraph.class::cast).filteredOn(p -> p.source() == null).isEmpty();
    }

    @Test
    void theImprovementPlanIsShownAsAtTheYearsEndAndNoneWasAgreedBeforeTheEndOf2014To15() {
        ReportDocument.Source plans = new ReportDocument.Source("performance", "/api/v1/contracts/" + CONTRACT + "/improvement-plans");
        assertThat(report.improvementPlan()).isNull();
        assertThat(report.improvementPlans()).isEqualTo(plans);
        assertThat(section("Improvement plan").blocks()).containsExactly(new Paragraph(
                "As at 30 September 2015, the contract has no improvement plan: none was agreed by then.", plans));
    }

    /**
     * The improvement part of the annual report on 2015/16 (the plan agreed on 9 December 2015), drafted from the board's
     * recorded answer as the report drafts it and rendered as PDF and Word: the Group's decisions of 20 January 2016
     * (18 monitored by the board, 1 by another body, 1 business as usual), no action confirmed complete in the year (the
     * demo confirmed its one completion on the day it was loaded) and five past their due date at the year's end.
     */
    @Test
    void theImprovementPlanAtTheEndOf2015To16CountsTheBoardsDecisionsAndTheActionsOverdue() throws Exception {
        HttpUpstream upstream = new HttpUpstream(services.config(), () -> "auditor-token", new ObjectMapper());
        LocalDate yearEnd = LocalDate.of(2016, 9, 30);
        ImprovementFigures.Plans plans = ImprovementFigures.asAt(upstream, CONTRACT, yearEnd, LocalDate.of(2015, 10, 1), code -> Optional.empty());
        ImprovementPlanSummary plan = plans.latest();
        assertThat(plan.totals()).containsEntry("OPEN", 0).containsEntry("MONITORED_BY_IMPROVEMENT_BOARD", 18)
                .containsEntry("MONITORED_BY_OTHER_BODY", 1).containsEntry("BUSINESS_AS_USUAL", 1).containsEntry("CLOSED", 0);
        assertThat(plan.completed()).isEmpty();
        assertThat(plan.overdue()).extracting(ImprovementAction::recommendation, ImprovementAction::dueDate).containsExactly(
                tuple("16", LocalDate.of(2016, 2, 29)), tuple("2", LocalDate.of(2016, 3, 31)), tuple("1", LocalDate.of(2016, 4, 30)),
                tuple("9", LocalDate.of(2016, 6, 30)), tuple("8", LocalDate.of(2016, 7, 31)));
        assertThat(plans.overdue()).isEqualTo(plan.overdue());

        List<ReportDocument.Block> blocks = new ImprovementLayout(Sentences.standalone()).year(plan, "2015/16", yearEnd, plans.source());
        assertThat(blocks).filteredOn(Paragraph.class::isInstance).extracting(b -> ((Paragraph) b).text()).contains(
                "No improvement action was confirmed complete in the contract year 2015/16; at its end, 5 actions were past their due "
                        + "date and not confirmed complete.");
        Table actions = (Table) blocks.stream().filter(b -> b instanceof Table t && t.caption().startsWith("Actions confirmed complete"))
                .findFirst().orElseThrow();
        assertThat(actions.rows()).extracting(r -> r.get(4).text()).containsOnly("Overdue");
        assertThat(actions.rows().get(0).get(0).source().path()).startsWith("/api/v1/improvement-actions/");

        ReportDocument year = new ReportDocument("Annual report 2015/16", null, List.of(), List.of(new Section("Improvement plan", blocks)));
        ReportCharts charts = new ReportCharts();
        try (PDDocument pdf = Loader.loadPDF(new ReportPdf(new ReportHtml(charts)).render(year))) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains("Recommendations per theme and status at 30 September 2016",
                    "Monitored by the improvement board", "5 actions were past their due date");
        }
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(new ReportDocx(charts).render(year)));
             XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
            assertThat(text.getText()).contains("Recommendations per theme and status at 30 September 2016", "Business as usual",
                    "5 actions were past their due date");
        }
    }

    @Test
    void refusesAPeriodThatIsNotAContractYearOfTheContractNamingContractYear() {
        for (String period : List.of("2014-15", "2014/16", "2015-Q3", "")) {
            assertThatThrownBy(() -> assembler.assemble(CONTRACT, period)).isInstanceOfSatisfying(ProblemException.class, e -> {
                assertThat(e.type()).isEqualTo(ProblemType.VALIDATION_FAILED);
                assertThat(e.violations()).extracting(v -> v.field()).containsExactly("contractYear");
            });
        }
        assertThatThrownBy(() -> assembler.assemble(CONTRACT, "2013/14")).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.getMessage()).isEqualTo("'contractYear' must be a year of the contract's term (2014-10-01 to 2024-09-30), not 2013/14");
            assertThat(e.violations()).extracting(v -> v.field()).containsExactly("contractYear");
        });
    }

    @Test
    void aContractTheServicesDoNotKnowIsNotFound() {
        assertThatThrownBy(() -> assembler.assemble(UUID.fromString("00000000-0000-0000-0000-000000000001"), "2014/15"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.NOT_FOUND);
                    assertThat(e.getMessage()).isEqualTo("No contract with id 00000000-0000-0000-0000-000000000001");
                });
    }

    @Test
    void aContractYearRunsFromTheContractsYearStart() {
        ContractYear year = ContractYear.parse("2015/16", MonthDay.of(10, 1), LocalDate.of(2014, 10, 1), null);
        assertThat(year).isEqualTo(new ContractYear("2015/16", LocalDate.of(2015, 10, 1), LocalDate.of(2016, 9, 30)));
        assertThat(ContractYear.containing(LocalDate.of(2015, 9, 30), MonthDay.of(4, 1)).label()).isEqualTo("2015/16");
        assertThat(ContractYear.containing(LocalDate.of(2015, 3, 31), MonthDay.of(4, 1)).next().label()).isEqualTo("2015/16");
    }

    /** A value as exact digits without trailing zeros: 10.0 is "10". */
    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static List<String> paragraphs() {
        return document.sections().stream().flatMap(section -> section.blocks().stream())
                .filter(Paragraph.class::isInstance).map(block -> ((Paragraph) block).text()).toList();
    }

    private static Section section(String heading) {
        return document.sections().stream().filter(section -> section.heading().equals(heading)).findFirst().orElseThrow();
    }

    private static List<String> quotes(Section section) {
        return section.blocks().stream().filter(Quote.class::isInstance).map(block -> ((Quote) block).text()).toList();
    }

    /** The section's text: paragraphs, quotes, list items and table rows (cells joined by " | "), one a line. */
    private static String text(Section section) {
        return section.blocks().stream().map(AnnualReportTest::text).collect(Collectors.joining("\n"));
    }

    private static String text(ReportDocument.Block block) {
        if (block instanceof Paragraph paragraph) {
            return paragraph.text();
        }
        if (block instanceof Quote quote) {
            return quote.text();
        }
        if (block instanceof ReportDocument.ListBlock list) {
            return String.join("\n", list.items());
        }
        if (block instanceof ReportDocument.Table table) {
            return table.rows().stream()
                    .map(row -> row.stream().map(ReportDocument.Cell::text).collect(Collectors.joining(" | ")))
                    .collect(Collectors.joining("\n"));
        }
        return ((ReportDocument.Chart) block).title();
    }
}
