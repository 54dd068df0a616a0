package io.sdc.portal.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.TemplateData;
import io.sdc.portal.web.Formats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A report's document (report-service's {@code ReportDocument}: title, notices, sections of paragraphs, quotes,
 * lists, tables and charts) as the report page shows it in the design system's components: notices as warning text,
 * quotes as inset text, tables with their header cells and tags, each chart drawn from a table of its figures, and
 * each figure linked to the portal page of the resource it comes from. Whatever the document says is text: the
 * templates escape it.
 */
@TemplateData
public record ReportView(String title, String subtitle, List<String> notices, List<SectionView> sections) {

    private static final Pattern NUMERIC = Pattern.compile("[−+\\-]?£?[−+\\-]?\\d[\\d,]*(\\.\\d+)?(%|k|m|bn| pp| percentage points)?");

    /** The page's view of a document; {@code contractId} is the report's contract, for sources named without it. */
    public static ReportView of(JsonNode document, String contractId) {
        List<String> notices = texts(document.path("notices"));
        List<SectionView> sections = new ArrayList<>();
        int tables = 0;
        int charts = 0;
        int number = 0;
        for (JsonNode section : document.path("sections")) {
            number++;
            List<BlockView> blocks = new ArrayList<>();
            for (JsonNode block : section.path("blocks")) {
                String type = text(block.path("type"));
                switch (type) {
                    case "paragraph" -> blocks.add(BlockView.paragraph(text(block.path("text")), href(block.path("source"), contractId)));
                    case "quote" -> blocks.add(BlockView.quote(text(block.path("text")), text(block.path("attribution"))));
                    case "list" -> blocks.add(BlockView.list(texts(block.path("items"))));
                    case "table" -> blocks.add(BlockView.table(table(block, "report-table-" + (++tables), contractId)));
                    case "chart" -> blocks.add(BlockView.chart(chart(block, "report-chart-" + (++charts))));
                    default -> {
                        // A kind of block this portal does not know yet: its text, if it has any, is still shown.
                        if (!text(block.path("text")).isEmpty()) {
                            blocks.add(BlockView.paragraph(text(block.path("text")), null));
                        }
                    }
                }
            }
            sections.add(new SectionView("report-section-" + number, text(section.path("heading")), blocks));
        }
        return new ReportView(text(document.path("title")), text(document.path("subtitle")), notices, sections);
    }

    /** Whether the report says some of its figures are not validated (its notices). */
    public boolean hasNotices() {
        return !notices.isEmpty();
    }

    @TemplateData
    public record SectionView(String id, String heading, List<BlockView> blocks) {
    }

    /** One block; {@code kind} says which of the other fields it fills. */
    @TemplateData
    public record BlockView(String kind, String text, String href, String attribution, List<String> items,
                            TableView table, ChartView chart) {
        static BlockView paragraph(String text, String href) {
            return new BlockView("paragraph", text, href, null, List.of(), null, null);
        }

        static BlockView quote(String text, String attribution) {
            return new BlockView("quote", text, null, attribution, List.of(), null, null);
        }

        static BlockView list(List<String> items) {
            return new BlockView("list", null, null, null, items, null, null);
        }

        static BlockView table(TableView table) {
            return new BlockView("table", null, null, null, List.of(), table, null);
        }

        static BlockView chart(ChartView chart) {
            return new BlockView("chart", null, null, null, List.of(), null, chart);
        }
    }

    @TemplateData
    public record TableView(String id, String caption, List<HeaderView> headers, List<List<CellView>> rows) {
    }

    @TemplateData
    public record HeaderView(String text, boolean numeric) {
    }

    /**
     * One cell: a row header when the table's first column heads its rows; a figure right-aligned when its column
     * holds figures; a tag ({@code tagClasses}) when it is a RAG rating or a status; a link when its source has a page.
     */
    @TemplateData
    public record CellView(String text, String href, String tagClasses, boolean rowHeader, boolean numeric) {
    }

    /** A chart: drawn by the portal's charts script from the table of its figures ({@code tableId}). */
    @TemplateData
    public record ChartView(String id, String tableId, String type, String title, String description,
                            List<SeriesView> series, List<PointView> points) {
    }

    /** One series of a chart, its line style as the charts script names it. */
    @TemplateData
    public record SeriesView(String name, String style) {
    }

    /** One label of a chart (a period) with each series' value there: the text shown and the number drawn. */
    @TemplateData
    public record PointView(String label, List<ValueView> values) {
    }

    @TemplateData
    public record ValueView(String text, String data) {
    }

    private static TableView table(JsonNode table, String id, String contractId) {
        boolean firstColumnIsHeader = table.path("firstColumnIsHeader").asBoolean(false);
        List<String> headings = texts(table.path("headers"));
        List<List<JsonNode>> rows = new ArrayList<>();
        for (JsonNode row : table.path("rows")) {
            List<JsonNode> cells = new ArrayList<>();
            row.forEach(cells::add);
            rows.add(cells);
        }
        int columns = Math.max(headings.size(), rows.stream().mapToInt(List::size).max().orElse(0));
        boolean[] numeric = new boolean[columns];
        for (int column = 0; column < columns; column++) {
            numeric[column] = !(firstColumnIsHeader && column == 0) && numericColumn(rows, column);
        }
        List<HeaderView> headers = new ArrayList<>();
        for (int column = 0; column < columns; column++) {
            headers.add(new HeaderView(column < headings.size() ? headings.get(column) : "", numeric[column]));
        }
        List<List<CellView>> cells = new ArrayList<>();
        for (List<JsonNode> row : rows) {
            List<CellView> line = new ArrayList<>();
            for (int column = 0; column < row.size(); column++) {
                JsonNode cell = row.get(column);
                String tag = text(cell.path("tag"));
                line.add(new CellView(text(cell.path("text")).isEmpty() && !tag.isEmpty() ? ReportTags.label(tag) : text(cell.path("text")),
                        href(cell.path("source"), contractId), tag.isEmpty() ? null : ReportTags.classes(tag),
                        firstColumnIsHeader && column == 0, numeric[column] && tag.isEmpty()));
            }
            cells.add(line);
        }
        return new TableView(id, text(table.path("caption")), headers, cells);
    }

    /** A column of figures: every cell that has text reads as a number, an amount or a percentage, and one does. */
    private static boolean numericColumn(List<List<JsonNode>> rows, int column) {
        boolean any = false;
        for (List<JsonNode> row : rows) {
            if (column >= row.size()) {
                continue;
            }
            JsonNode cell = row.get(column);
            String text = text(cell.path("text")).strip();
            if (text.isEmpty()) {
                continue;
            }
            if (!text(cell.path("tag")).isEmpty() || !NUMERIC.matcher(text).matches()) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static ChartView chart(JsonNode chart, String id) {
        String unit = text(chart.path("unit"));
        List<String> labels = texts(chart.path("labels"));
        List<JsonNode> series = new ArrayList<>();
        chart.path("series").forEach(series::add);
        boolean target = series.stream().anyMatch(s -> "TARGET".equals(text(s.path("style"))));
        boolean tolerance = series.stream().anyMatch(s -> "TOLERANCE".equals(text(s.path("style"))));
        boolean band = target && tolerance;
        // The target and the tolerance limit are drawn as a shaded band when there are both: the script fills the
        // band between two neighbouring series, so the tolerance limit follows the target.
        List<JsonNode> ordered = new ArrayList<>(series.stream().filter(s -> !List.of("TARGET", "TOLERANCE").contains(text(s.path("style")))).toList());
        series.stream().filter(s -> "TARGET".equals(text(s.path("style")))).forEach(ordered::add);
        series.stream().filter(s -> "TOLERANCE".equals(text(s.path("style")))).forEach(ordered::add);
        List<SeriesView> views = new ArrayList<>();
        for (JsonNode one : ordered) {
            String style = switch (text(one.path("style"))) {
                case "TARGET" -> band ? "band-low" : "dashed";
                case "TOLERANCE" -> band ? "band-high" : "dashed";
                default -> "";
            };
            views.add(new SeriesView(text(one.path("name")), style));
        }
        List<PointView> points = new ArrayList<>();
        for (int index = 0; index < labels.size(); index++) {
            List<ValueView> values = new ArrayList<>();
            for (JsonNode one : ordered) {
                JsonNode value = one.path("values").path(index);
                BigDecimal number = value.isNumber() ? value.decimalValue()
                        : value.isTextual() ? Formats.decimal(value.asText()) : null;
                values.add(number == null ? new ValueView("No figure", "")
                        : new ValueView(withUnit(number, unit), number.toPlainString()));
            }
            points.add(new PointView(labels.get(index), values));
        }
        boolean bars = !series.isEmpty() && series.stream().allMatch(s -> "BAR".equals(text(s.path("style"))));
        return new ChartView(id, id + "-figures", bars ? "bar" : "line", text(chart.path("title")),
                text(chart.path("description")), views, points);
    }

    /** A chart's figure in its unit: 23%, £348,000, 12 days. */
    static String withUnit(BigDecimal number, String unit) {
        return switch (unit.strip().toLowerCase(Locale.UK)) {
            case "" -> Formats.number(number);
            case "%", "percent" -> Formats.number(number) + "%";
            case "£", "gbp" -> Formats.money(number);
            default -> Formats.number(number) + " " + unit.strip();
        };
    }

    private static String href(JsonNode source, String contractId) {
        if (!source.isObject()) {
            return null;
        }
        return SourceLinks.href(text(source.path("service")), text(source.path("path")), contractId).orElse(null);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        for (JsonNode element : array) {
            if (!element.isNull()) {
                texts.add(element.asText());
            }
        }
        return texts;
    }

    static String text(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull() ? "" : node.asText();
    }
}
