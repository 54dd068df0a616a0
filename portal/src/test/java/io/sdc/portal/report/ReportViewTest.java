package io.sdc.portal.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A report's document read into what the report page shows, from a recorded {figures, document} answer. */
class ReportViewTest {

    static final String CONTRACT = "7c1d3f5e-2a4b-4c6d-8e9f-0a1b2c3d4e5f";
    private static ReportView view;

    @BeforeAll
    static void read() throws IOException {
        view = ReportView.of(sample().path("document"), CONTRACT);
    }

    static JsonNode sample() throws IOException {
        try (InputStream json = ReportViewTest.class.getResourceAsStream("/report/annual-report.json")) {
            return new ObjectMapper().readTree(json);
        }
    }

    @Test
    void titleNoticesAndSectionsInOrder() {
        assertThat(view.title()).isEqualTo("Annual report to the Secretary of State 2014/15");
        assertThat(view.hasNotices()).isTrue();
        assertThat(view.notices()).containsExactly("Not all figures are validated: Re-referrals, 2015-Q3: provisional; Outturn 2014/15: draft");
        assertThat(view.sections()).extracting(ReportView.SectionView::heading)
                .containsExactly("Performance against the PI basket", "Finance", "Proposed changes <script>alert('heading')</script>");
        assertThat(view.sections()).extracting(ReportView.SectionView::id)
                .containsExactly("report-section-1", "report-section-2", "report-section-3");
    }

    @Test
    void paragraphsLinkTheirSourcesPortalPage() {
        List<ReportView.BlockView> blocks = view.sections().get(0).blocks();
        assertThat(blocks).extracting(ReportView.BlockView::kind).containsExactly("paragraph", "paragraph", "table", "chart");
        assertThat(blocks.get(0).href()).isEqualTo("/contracts/" + CONTRACT + "/performance?period=2015-Q3");
        assertThat(blocks.get(1).href()).isNull();
        assertThat(view.sections().get(1).blocks().get(0).href())
                .isEqualTo("/budgets/a58e4305-2400-4a19-a25c-e85c6f48e556/outturn");
    }

    @Test
    void tablesHaveRowHeadersFiguresRightAlignedTagsAndSourceLinks() {
        ReportView.TableView table = view.sections().get(0).blocks().get(2).table();
        assertThat(table.id()).isEqualTo("report-table-1");
        assertThat(table.caption()).isEqualTo("Indicators at transfer and at year end");
        assertThat(table.headers()).extracting(ReportView.HeaderView::numeric).containsExactly(false, true, true, false, false);
        List<ReportView.CellView> first = table.rows().get(0);
        assertThat(first.get(0).rowHeader()).isTrue();
        assertThat(first.get(1).numeric()).isTrue();
        assertThat(first.get(2).href()).isEqualTo("/contracts/" + CONTRACT + "/performance/indicators/RE-REFERRALS");
        assertThat(first.get(3).tagClasses()).isEqualTo("govuk-tag govuk-tag--green");
        assertThat(first.get(3).text()).isEqualTo("Green");
        ReportView.CellView amber = table.rows().get(1).get(3);
        assertThat(amber.tagClasses()).isEqualTo("govuk-tag govuk-tag--yellow");
        assertThat(amber.text()).as("a tag without text says its rating").isEqualTo("Amber");
        ReportView.TableView budget = view.sections().get(1).blocks().get(1).table();
        assertThat(budget.headers()).extracting(ReportView.HeaderView::numeric).containsExactly(false, true);
        assertThat(budget.rows().get(0).get(0).rowHeader()).isFalse();
        assertThat(budget.rows().get(0).get(1).href()).isEqualTo("/budgets/9b7d8662-6187-4acb-801b-c989eda14a86");
        assertThat(budget.rows().get(1).get(1).text()).isEqualTo("-£111,000");
    }

    @Test
    void chartsKeepEveryFigureForTheirTableAndDrawTargetAndToleranceAsABand() {
        ReportView.ChartView chart = view.sections().get(0).blocks().get(3).chart();
        assertThat(chart.id()).isEqualTo("report-chart-1");
        assertThat(chart.tableId()).isEqualTo("report-chart-1-figures");
        assertThat(chart.type()).isEqualTo("line");
        assertThat(chart.series()).containsExactly(new ReportView.SeriesView("Re-referrals", ""),
                new ReportView.SeriesView("Target", "band-low"), new ReportView.SeriesView("Tolerance limit", "band-high"));
        assertThat(chart.points()).extracting(ReportView.PointView::label).containsExactly("2014-Q4", "2015-Q1", "2015-Q2");
        assertThat(chart.points().get(0).values()).containsExactly(new ReportView.ValueView("38%", "38"),
                new ReportView.ValueView("25%", "25"), new ReportView.ValueView("30%", "30"));
        assertThat(chart.points().get(1).values().get(0)).as("a point without a figure").isEqualTo(new ReportView.ValueView("No figure", ""));
        assertThat(chart.points().get(2).values().get(0)).isEqualTo(new ReportView.ValueView("23.5%", "23.5"));
    }

    @Test
    void quotesListsAndBlocksOfUnknownKindsKeepTheirTextAsWritten() {
        List<ReportView.BlockView> blocks = view.sections().get(2).blocks();
        assertThat(blocks).extracting(ReportView.BlockView::kind).containsExactly("quote", "list", "paragraph", "paragraph");
        assertThat(blocks.get(0).text()).isEqualTo("Transfer of <b>CWD</b> services & \"support\"\nsecond line");
        assertThat(blocks.get(0).attribution()).isEqualTo("Rationale of CR-2015-001 <i>by</i> the council");
        assertThat(blocks.get(1).items()).containsExactly("Early Help Hub oversight", "<img src=x onerror=alert(1)>");
        assertThat(blocks.get(2).href()).isEqualTo("/change-requests/d9dd6096-8e2b-4eb3-8b8d-9ac12eb4284b");
        assertThat(blocks.get(3).text()).isEqualTo("A block of a kind the portal does not know");
    }

    @Test
    void figuresInTheirUnit() {
        assertThat(ReportView.withUnit(new BigDecimal("348000"), "£")).isEqualTo("£348,000");
        assertThat(ReportView.withUnit(new BigDecimal("23"), "%")).isEqualTo("23%");
        assertThat(ReportView.withUnit(new BigDecimal("12"), "days")).isEqualTo("12 days");
        assertThat(ReportView.withUnit(new BigDecimal("1234.5"), "")).isEqualTo("1,234.5");
    }

    @Test
    void aDocumentWithoutNoticesOrSectionsIsEmptyNotBroken() throws IOException {
        ReportView empty = ReportView.of(new ObjectMapper().readTree("{\"title\":\"Quarterly pack 2015-Q3\"}"), CONTRACT);
        assertThat(empty.hasNotices()).isFalse();
        assertThat(empty.sections()).isEmpty();
        assertThat(empty.subtitle()).isEmpty();
    }
}
