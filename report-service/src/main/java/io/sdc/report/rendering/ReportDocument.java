package io.sdc.report.rendering;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/**
 * A report as its readers see it, whatever the form (page, PDF, Word): a title, the notices its first page must carry
 * (figures not validated), and sections of blocks. Each report's layout builds one from its figures; the renderers
 * know nothing else.
 */
@Schema(name = "ReportDocument", description = "The report's text, tables and charts, in order, as every form of it shows them")
public record ReportDocument(String title, String subtitle,
                             @Schema(description = "What the first page must say before anything else, e.g. which figures are not validated")
                             List<String> notices,
                             List<Section> sections) {

    public ReportDocument {
        notices = List.copyOf(notices);
        sections = List.copyOf(sections);
    }

    @Schema(name = "ReportSection")
    public record Section(String heading, List<Block> blocks) {
        public Section {
            blocks = List.copyOf(blocks);
        }
    }

    /** Where a figure comes from: a service's public API path, so that a page can link to it. */
    @Schema(name = "ReportSource")
    public record Source(@Schema(example = "performance") String service,
                         @Schema(example = "/api/v1/contracts/3f0c.../scorecard?period=2015-Q3") String path) {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = Paragraph.class, name = "paragraph"),
            @JsonSubTypes.Type(value = Quote.class, name = "quote"),
            @JsonSubTypes.Type(value = ListBlock.class, name = "list"),
            @JsonSubTypes.Type(value = Table.class, name = "table"),
            @JsonSubTypes.Type(value = Chart.class, name = "chart")})
    @Schema(name = "ReportBlock", oneOf = {Paragraph.class, Quote.class, ListBlock.class, Table.class, Chart.class})
    public sealed interface Block permits Paragraph, Quote, ListBlock, Table, Chart {
    }

    /** A sentence or two, made from the figures; {@code source} may be null. */
    @Schema(name = "ReportParagraph")
    public record Paragraph(String text, Source source) implements Block {
    }

    /** Free text that people wrote (a rationale, a commentary), quoted verbatim with who or what it comes from. */
    @Schema(name = "ReportQuote")
    public record Quote(String text, String attribution) implements Block {
    }

    @Schema(name = "ReportList")
    public record ListBlock(List<String> items) implements Block {
        public ListBlock {
            items = List.copyOf(items);
        }
    }

    @Schema(name = "ReportTable")
    public record Table(String caption, List<String> headers, List<List<Cell>> rows, boolean firstColumnIsHeader) implements Block {
        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** One table cell; {@code source} and {@code tag} (a RAG or status shown as a tag, e.g. RED) may be null. */
    @Schema(name = "ReportCell")
    public record Cell(String text, Source source, String tag) {
        public static Cell of(String text) {
            return new Cell(text, null, null);
        }
    }

    /** A chart of series over labelled points (periods); its figures are also shown as a table wherever it is drawn. */
    @Schema(name = "ReportChart")
    public record Chart(String title, String description, List<String> labels, List<Series> series,
                        @Schema(description = "The unit of the values, e.g. % or £") String unit) implements Block {
        public Chart {
            labels = List.copyOf(labels);
            series = List.copyOf(series);
        }
    }

    /** One line or set of bars; a null value is a point without a figure. */
    @Schema(name = "ReportSeries")
    public record Series(String name, List<BigDecimal> values, Style style) {
        public Series {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }

    public enum Style { LINE, TARGET, TOLERANCE, BAR }
}
