package io.sdc.report.rendering;

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

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** Report documents for the renderers' tests: one with every kind of block, one with hostile text. */
final class SampleDocuments {

    static final String TITLE = "Annual report to the Secretary of State 2014/15";
    static final String NOTICE = "Not all figures are validated: Re-referrals, 2015-Q3: provisional";
    static final String SURPLUS = "The trust's position after the risk share is a surplus of £49k.";
    static final String REFERRALS = "Re-referrals 38% → 23%";
    static final String QUOTE = "The trust has made good progress in its first year.";
    static final String ATTRIBUTION = "Annual review, 12 November 2015";
    static final String LIST_ITEM = "Transfer of the Children with Disabilities service – agreed in principle";
    static final String TABLE_CAPTION = "Performance indicators at transfer and at year end";
    static final String HEADER = "Indicator";
    static final String CHART_TITLE = "Re-referral rate by quarter";
    static final String CHART_DESCRIPTION = "The re-referral rate fell from 38% to 23%, below its 25% target.";

    private SampleDocuments() {
    }

    static Chart chart() {
        return new Chart(CHART_TITLE, CHART_DESCRIPTION,
                List.of("2014-Q4", "2015-Q1", "2015-Q2", "2015-Q3"),
                List.of(new Series("Re-referral rate", values("38", "31", null, "23"), Style.LINE),
                        new Series("Target", values("25", "25", "25", "25"), Style.TARGET),
                        new Series("Tolerance limit", values("28", "28", "28", "28"), Style.TOLERANCE),
                        new Series("Referrals (hundreds)", values("12", "14", "9", "11"), Style.BAR)),
                "%");
    }

    static ReportDocument everyBlock() {
        Table table = new Table(TABLE_CAPTION, List.of(HEADER, "At transfer", "Year end", "RAG"),
                List.of(List.of(Cell.of("Re-referrals"), Cell.of("38%"), Cell.of("23%"), new Cell("", null, "GREEN")),
                        List.of(Cell.of("Agency staff"), Cell.of("18%"),
                                new Cell("10%", new Source("performance", "/api/v1/contracts/x/scorecard"), null),
                                new Cell("", null, "AMBER"))),
                true);
        return new ReportDocument(TITLE, "Doncaster Children's Services Trust, contract year 1 October 2014 – 30 September 2015",
                List.of(NOTICE),
                List.of(new Section("Performance", List.of(
                                new Paragraph(REFERRALS + ": better than national and regional performance.",
                                        new Source("performance", "/api/v1/contracts/x/performance-summary")),
                                table,
                                chart())),
                        new Section("Finance", List.of(
                                new Paragraph(SURPLUS, null),
                                new Quote(QUOTE, ATTRIBUTION),
                                new ListBlock(List.of(LIST_ITEM, "Oversight of the Early Help Hub"))))));
    }

    static final String HOSTILE = "<script>alert('x')</script> Tom & \"Jerry\" <b>bold</b>";

    static ReportDocument hostile() {
        return new ReportDocument(HOSTILE, HOSTILE, List.of(HOSTILE),
                List.of(new Section(HOSTILE, List.of(new Paragraph(HOSTILE, null), new Quote(HOSTILE, HOSTILE),
                        new ListBlock(List.of(HOSTILE)),
                        new Table(HOSTILE, List.of(HOSTILE), List.of(List.of(new Cell(HOSTILE, null, HOSTILE))), false),
                        new Chart(HOSTILE, HOSTILE, List.of(HOSTILE), List.of(new Series(HOSTILE,
                                values("1"), Style.LINE)), HOSTILE)))));
    }

    static List<BigDecimal> values(String... values) {
        return Arrays.stream(values).map(v -> v == null ? null : new BigDecimal(v)).toList();
    }
}
