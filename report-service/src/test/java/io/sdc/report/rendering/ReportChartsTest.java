package io.sdc.report.rendering;

import io.sdc.report.rendering.ReportDocument.Chart;
import io.sdc.report.rendering.ReportDocument.Series;
import io.sdc.report.rendering.ReportDocument.Style;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import static io.sdc.report.rendering.SampleDocuments.chart;
import static io.sdc.report.rendering.SampleDocuments.values;
import static org.assertj.core.api.Assertions.assertThat;

class ReportChartsTest {

    @Test
    void a_chart_is_a_png_of_the_documented_size_and_the_same_bytes_every_time() throws IOException {
        byte[] png = Renderers.CHARTS.png(chart());
        Renderers.keep("chart.png", png);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(ReportCharts.WIDTH);
        assertThat(image.getHeight()).isEqualTo(ReportCharts.HEIGHT);
        assertThat(new ReportCharts().png(chart())).isEqualTo(png);
    }

    @Test
    void money_series_and_a_chart_without_figures_are_drawn_too() throws IOException {
        Chart money = new Chart("Forecast outturn against budget", "Forecast by quarter",
                List.of("2015-Q2", "2015-Q3"),
                List.of(new Series("Forecast variance", values("-120000", "348000"), Style.BAR),
                        new Series("Budget", values("42311000", null), Style.TARGET)), "£");
        Chart days = new Chart("Average days from referral to assessment", "Days by quarter",
                List.of("2013-Q4", "2014-Q1", "2014-Q2", "2014-Q3", "2014-Q4", "2015-Q1", "2015-Q2", "2015-Q3"),
                List.of(new Series("Days", values("41.5", "39", "37.25", null, "30", "28", "27", "25"), Style.LINE),
                        new Series("Target", values("30", "30", "30", "30", "30", "30", "30", "30"), Style.TARGET)),
                "days");
        Chart empty = new Chart("No figures yet", "Nothing reported", List.of(), List.of(), null);
        for (Chart chart : List.of(money, days, empty)) {
            byte[] png = Renderers.CHARTS.png(chart);
            Renderers.keep("chart-" + chart.title().toLowerCase().replace(' ', '-') + ".png", png);
            assertThat(ImageIO.read(new ByteArrayInputStream(png)).getWidth()).isEqualTo(ReportCharts.WIDTH);
        }
    }

    @Test
    void the_figures_table_has_a_row_per_period_and_a_column_per_series() {
        var table = ReportCharts.figures(chart());
        assertThat(table.headers()).containsExactly("Period", "Re-referral rate", "Target", "Tolerance limit",
                "Referrals (hundreds)");
        assertThat(table.rows()).hasSize(4);
        assertThat(table.rows().get(0)).extracting(ReportDocument.Cell::text)
                .containsExactly("2014-Q4", "38%", "25%", "28%", "12%");
        assertThat(table.rows().get(2).get(1).text()).isEqualTo("no figure");
        assertThat(ReportCharts.withUnit(new java.math.BigDecimal("-348000.00"), "£")).isEqualTo("-£348,000");
        assertThat(ReportCharts.withUnit(new java.math.BigDecimal("12.5"), "days")).isEqualTo("12.5 days");
    }
}
