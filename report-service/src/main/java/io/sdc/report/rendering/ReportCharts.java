package io.sdc.report.rendering;

import io.sdc.report.rendering.ReportDocument.Cell;
import io.sdc.report.rendering.ReportDocument.Chart;
import io.sdc.report.rendering.ReportDocument.Series;
import io.sdc.report.rendering.ReportDocument.Style;
import io.sdc.report.rendering.ReportDocument.Table;
import jakarta.enterprise.context.ApplicationScoped;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Draws a report's chart as a PNG (Java2D, no display needed): a line per series, targets dashed, tolerance limits
 * dotted, bars for bar series, the y axis scaled to the values and labelled with their unit, the periods along the
 * x axis, and a legend naming each series with its line style, so that colour is never the only way to tell the
 * series apart. A missing value leaves a gap. The same chart always gives the same bytes.
 */
@ApplicationScoped
public class ReportCharts {

    /** The image's size in pixels; documents scale it to the text width. */
    public static final int WIDTH = 960;
    public static final int HEIGHT = 480;

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** Colour-blind safe colours (Okabe and Ito) for the lines and bars, in order of appearance. */
    private static final Color[] LINE_COLOURS = {
            new Color(0x00, 0x72, 0xB2), new Color(0xD5, 0x5E, 0x00), new Color(0x00, 0x9E, 0x73),
            new Color(0xCC, 0x79, 0xA7), new Color(0x56, 0xB4, 0xE9), new Color(0xE6, 0x9F, 0x00)};
    private static final Color TARGET_COLOUR = new Color(0x0B, 0x0C, 0x0C);
    private static final Color TOLERANCE_COLOUR = new Color(0x50, 0x5A, 0x5F);
    private static final Color AXIS_COLOUR = new Color(0x0B, 0x0C, 0x0C);
    private static final Color GRID_COLOUR = new Color(0xD8, 0xDB, 0xDD);

    private static final int MARGIN = 24;
    private static final int LEGEND_ROW = 26;

    public byte[] png(Chart chart) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            draw(g, chart);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The chart's figures as a table (a row per period, a column per series), shown next to it wherever it is drawn. */
    public static Table figures(Chart chart) {
        List<String> headers = new ArrayList<>();
        headers.add("Period");
        chart.series().forEach(s -> headers.add(s.name()));
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < chart.labels().size(); i++) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.of(chart.labels().get(i)));
            for (Series s : chart.series()) {
                BigDecimal value = i < s.values().size() ? s.values().get(i) : null;
                row.add(Cell.of(value == null ? "no figure" : withUnit(value, chart.unit())));
            }
            rows.add(row);
        }
        return new Table("Figures for the chart: " + chart.title(), headers, rows, true);
    }

    /** A value written with its unit: 23%, £348,000, 12 days. */
    static String withUnit(BigDecimal value, String unit) {
        String number = grouped(value.stripTrailingZeros());
        if (unit == null || unit.isBlank()) {
            return number;
        }
        if (unit.equals("%")) {
            return number + "%";
        }
        if (unit.startsWith("£")) {
            String rest = unit.substring(1).trim();
            String signed = value.signum() < 0 ? "-£" + number.substring(1) : "£" + number;
            return rest.isEmpty() ? signed : signed + rest;
        }
        return number + " " + unit;
    }

    private static String grouped(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.UK));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    private void draw(Graphics2D g, Chart chart) {
        Font titleFont = ReportFonts.awt(ReportFonts.Face.BOLD, 20f);
        Font labelFont = ReportFonts.awt(ReportFonts.Face.REGULAR, 14f);
        List<Series> series = chart.series();
        int points = chart.labels().size();

        g.setFont(titleFont);
        g.setColor(AXIS_COLOUR);
        FontMetrics titleMetrics = g.getFontMetrics();
        int top = MARGIN + titleMetrics.getAscent();
        g.drawString(fit(Objects.toString(chart.title(), ""), titleMetrics, WIDTH - 2 * MARGIN), MARGIN, top);
        top += titleMetrics.getDescent() + 16;

        g.setFont(labelFont);
        FontMetrics metrics = g.getFontMetrics();
        if (Scale.unitAbove(chart.unit())) {
            // A unit the numbers do not carry themselves (days, per 10,000) names the axis, above it.
            g.drawString(fit(chart.unit(), metrics, WIDTH - 2 * MARGIN), MARGIN, top + metrics.getAscent() - 6);
            top += metrics.getHeight() + 4;
        }
        List<String> legend = series.stream().map(ReportCharts::legendText).toList();
        int legendRows = legendRows(legend, metrics);
        int bottom = HEIGHT - MARGIN - legendRows * LEGEND_ROW - metrics.getHeight() - 10;

        Scale scale = Scale.of(series, chart.unit());
        int axisWidth = 0;
        for (double tick : scale.ticks) {
            axisWidth = Math.max(axisWidth, metrics.stringWidth(scale.label(tick)));
        }
        int left = MARGIN + axisWidth + 10;
        int right = WIDTH - MARGIN;
        double slot = points == 0 ? 0 : (right - left) / (double) points;

        // Grid and y axis labels.
        for (double tick : scale.ticks) {
            double y = scale.y(tick, top, bottom);
            g.setColor(GRID_COLOUR);
            g.setStroke(new BasicStroke(1f));
            g.draw(new Line2D.Double(left, y, right, y));
            g.setColor(AXIS_COLOUR);
            String label = scale.label(tick);
            g.drawString(label, left - 8 - metrics.stringWidth(label), (float) (y + metrics.getAscent() / 2.0 - 2));
        }
        g.setColor(AXIS_COLOUR);
        g.setStroke(new BasicStroke(1.5f));
        g.draw(new Line2D.Double(left, top, left, bottom));
        g.draw(new Line2D.Double(left, bottom, right, bottom));

        // Period labels, thinned out when they would overlap.
        int widest = 1;
        for (String label : chart.labels()) {
            widest = Math.max(widest, metrics.stringWidth(label));
        }
        int every = slot <= 0 ? 1 : (int) Math.ceil((widest + 8) / slot);
        for (int i = 0; i < points; i += Math.max(1, every)) {
            String label = chart.labels().get(i);
            double x = left + slot * (i + 0.5);
            g.drawString(label, (float) (x - metrics.stringWidth(label) / 2.0), bottom + 6 + metrics.getAscent());
        }

        // Bars first, so that lines are drawn over them.
        List<Series> bars = series.stream().filter(s -> s.style() == Style.BAR).toList();
        for (int b = 0; b < bars.size(); b++) {
            Series s = bars.get(b);
            g.setColor(colour(series, s));
            double barWidth = slot * 0.7 / bars.size();
            for (int i = 0; i < Math.min(points, s.values().size()); i++) {
                BigDecimal value = s.values().get(i);
                if (value == null) {
                    continue;
                }
                double x = left + slot * i + slot * 0.15 + barWidth * b;
                double y = scale.y(value.doubleValue(), top, bottom);
                double zero = scale.y(Math.max(scale.min, Math.min(scale.max, 0)), top, bottom);
                g.fill(new Rectangle2D.Double(x, Math.min(y, zero), barWidth - 2, Math.abs(zero - y)));
            }
        }
        for (Series s : series) {
            if (s.style() == Style.BAR) {
                continue;
            }
            g.setColor(colour(series, s));
            g.setStroke(stroke(s.style(), 3f));
            Path2D.Double path = new Path2D.Double();
            boolean drawing = false;
            for (int i = 0; i < Math.min(points, s.values().size()); i++) {
                BigDecimal value = s.values().get(i);
                if (value == null) {
                    drawing = false;
                    continue;
                }
                double x = left + slot * (i + 0.5);
                double y = scale.y(value.doubleValue(), top, bottom);
                if (drawing) {
                    path.lineTo(x, y);
                } else {
                    path.moveTo(x, y);
                    drawing = true;
                }
            }
            g.draw(path);
            if (s.style() == Style.LINE) {
                int index = lineIndex(series, s);
                for (int i = 0; i < Math.min(points, s.values().size()); i++) {
                    BigDecimal value = s.values().get(i);
                    if (value != null) {
                        g.fill(marker(index, left + slot * (i + 0.5), scale.y(value.doubleValue(), top, bottom)));
                    }
                }
            }
        }
        drawLegend(g, series, legend, metrics, HEIGHT - MARGIN - legendRows * LEGEND_ROW + 4);
    }

    private static int legendRows(List<String> legend, FontMetrics metrics) {
        int rows = legend.isEmpty() ? 0 : 1;
        int x = MARGIN;
        for (String text : legend) {
            int width = 48 + metrics.stringWidth(text) + 24;
            if (x + width > WIDTH - MARGIN && x > MARGIN) {
                rows++;
                x = MARGIN;
            }
            x += width;
        }
        return rows;
    }

    private void drawLegend(Graphics2D g, List<Series> series, List<String> legend, FontMetrics metrics, int top) {
        int x = MARGIN;
        int y = top;
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            String text = legend.get(i);
            int width = 48 + metrics.stringWidth(text) + 24;
            if (x + width > WIDTH - MARGIN && x > MARGIN) {
                x = MARGIN;
                y += LEGEND_ROW;
            }
            double middle = y + LEGEND_ROW / 2.0 - 4;
            g.setColor(colour(series, s));
            if (s.style() == Style.BAR) {
                g.fill(new Rectangle2D.Double(x + 8, middle - 8, 24, 16));
            } else {
                g.setStroke(stroke(s.style(), 3f));
                g.draw(new Line2D.Double(x, middle, x + 40, middle));
                if (s.style() == Style.LINE) {
                    g.fill(marker(lineIndex(series, s), x + 20, middle));
                }
            }
            g.setColor(AXIS_COLOUR);
            g.drawString(text, x + 48, (float) (middle + metrics.getAscent() / 2.0 - 2));
            x += width;
        }
    }

    private static String legendText(Series s) {
        String name = Objects.toString(s.name(), "");
        return switch (s.style()) {
            case LINE -> name + " (solid line)";
            case TARGET -> name + " (dashed line)";
            case TOLERANCE -> name + " (dotted line)";
            case BAR -> name + " (bars)";
        };
    }

    private static Stroke stroke(Style style, float width) {
        return switch (style) {
            case TARGET -> new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[]{14f, 8f}, 0f);
            case TOLERANCE -> new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[]{0.5f, 7f}, 0f);
            default -> new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        };
    }

    private static Color colour(List<Series> all, Series s) {
        return switch (s.style()) {
            case TARGET -> TARGET_COLOUR;
            case TOLERANCE -> TOLERANCE_COLOUR;
            default -> LINE_COLOURS[all.indexOf(s) % LINE_COLOURS.length];
        };
    }

    private static int lineIndex(List<Series> all, Series s) {
        int index = 0;
        for (Series other : all) {
            if (other == s) {
                return index;
            }
            if (other.style() == Style.LINE) {
                index++;
            }
        }
        return index;
    }

    /** Each line's points have their own shape as well as colour: circle, square, diamond, triangle. */
    private static Shape marker(int index, double x, double y) {
        double r = 6;
        return switch (index % 4) {
            case 0 -> new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
            case 1 -> new Rectangle2D.Double(x - r + 1, y - r + 1, 2 * r - 2, 2 * r - 2);
            case 2 -> polygon(x, y - r - 1, x + r + 1, y, x, y + r + 1, x - r - 1, y);
            default -> polygon(x, y - r - 1, x + r + 1, y + r, x - r - 1, y + r);
        };
    }

    private static Shape polygon(double... xy) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            path.lineTo(xy[i], xy[i + 1]);
        }
        path.closePath();
        return path;
    }

    private static String fit(String text, FontMetrics metrics, int width) {
        if (metrics.stringWidth(text) <= width) {
            return text;
        }
        String shortened = text;
        while (!shortened.isEmpty() && metrics.stringWidth(shortened + "…") > width) {
            shortened = shortened.substring(0, shortened.length() - 1);
        }
        return shortened + "…";
    }

    /** The y axis: a range from the values with round steps (1, 2 or 5 times a power of ten). */
    private record Scale(double min, double max, List<Double> ticks, String unit) {

        static Scale of(List<Series> series, String unit) {
            double low = Double.POSITIVE_INFINITY;
            double high = Double.NEGATIVE_INFINITY;
            boolean bars = false;
            for (Series s : series) {
                bars |= s.style() == Style.BAR;
                for (BigDecimal value : s.values()) {
                    if (value != null) {
                        low = Math.min(low, value.doubleValue());
                        high = Math.max(high, value.doubleValue());
                    }
                }
            }
            if (low == Double.POSITIVE_INFINITY) {
                low = 0;
                high = 1;
            }
            if (bars || "%".equals(unit) && low >= 0) {
                low = Math.min(low, 0);
                high = Math.max(high, 0);
            }
            if (high - low < 1e-9) {
                double pad = Math.abs(high) < 1e-9 ? 1 : Math.abs(high) * 0.1;
                low -= pad;
                high += pad;
            }
            double step = niceStep((high - low) / 5);
            double min = Math.floor(low / step) * step;
            double max = Math.ceil(high / step) * step;
            // A point exactly on the frame would hide in the axis: leave a step of room, except at zero.
            if (low != 0 && low - min < step / 20) {
                min -= step;
            }
            if (high != 0 && max - high < step / 20) {
                max += step;
            }
            List<Double> ticks = new ArrayList<>();
            for (int i = 0; min + i * step <= max + step / 1000; i++) {
                ticks.add(min + i * step);
            }
            return new Scale(min, max, ticks, unit);
        }

        private static double niceStep(double rough) {
            double power = Math.pow(10, Math.floor(Math.log10(rough)));
            double fraction = rough / power;
            double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
            return nice * power;
        }

        double y(double value, double top, double bottom) {
            return bottom - (value - min) / (max - min) * (bottom - top);
        }

        String label(double tick) {
            BigDecimal value = BigDecimal.valueOf(tick).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
            if (unit != null && unit.startsWith("£") && unit.substring(1).isBlank()) {
                return compactMoney(value);
            }
            return withUnit(value, unitAbove(unit) ? null : unit);
        }

        static boolean unitAbove(String unit) {
            return unit != null && !unit.isBlank() && !unit.equals("%") && !unit.startsWith("£");
        }

        private static String compactMoney(BigDecimal value) {
            BigDecimal magnitude = value.abs();
            String sign = value.signum() < 0 ? "-" : "";
            if (magnitude.compareTo(BigDecimal.valueOf(1_000_000)) >= 0) {
                return sign + "£" + grouped(magnitude.movePointLeft(6).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros()) + "m";
            }
            if (magnitude.compareTo(BigDecimal.valueOf(1_000)) >= 0) {
                return sign + "£" + grouped(magnitude.movePointLeft(3).setScale(0, RoundingMode.HALF_UP)) + "k";
            }
            return sign + "£" + grouped(magnitude);
        }
    }
}
