package io.sdc.report.rendering;

import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.RawString;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateLocator;
import io.quarkus.qute.Variant;
import io.sdc.report.rendering.ReportDocument.Block;
import io.sdc.report.rendering.ReportDocument.Cell;
import io.sdc.report.rendering.ReportDocument.Chart;
import io.sdc.report.rendering.ReportDocument.ListBlock;
import io.sdc.report.rendering.ReportDocument.Paragraph;
import io.sdc.report.rendering.ReportDocument.Quote;
import io.sdc.report.rendering.ReportDocument.Section;
import io.sdc.report.rendering.ReportDocument.Table;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A report as one standalone XHTML page for print (A4, the title page with its notices, then the sections), the
 * input of the PDF. Every text is escaped by the template; charts are drawn into PNG data URIs, each followed by a
 * table of its figures.
 */
@ApplicationScoped
public class ReportHtml {

    /** Who the documents say made them (the PDF's and Word document's author or creator). */
    public static final String CREATOR = "Service Delivery Contract platform";

    private static final Variant XHTML = new Variant(Locale.UK, StandardCharsets.UTF_8, Variant.TEXT_HTML);

    private final ReportCharts charts;
    private final Template template;
    private final String css;

    @Inject
    public ReportHtml(ReportCharts charts) {
        this.charts = charts;
        Engine engine = Engine.builder()
                .addDefaults()
                .addValueResolver(new ReflectionValueResolver())
                .addResultMapper(new HtmlEscaper(List.of(Variant.TEXT_HTML)))
                .addLocator(classpathTemplates())
                .strictRendering(true)
                .build();
        this.template = engine.getTemplate("rendering/report");
        this.css = resource("/rendering/report.css");
    }

    public String render(ReportDocument document) {
        List<SectionView> sections = new ArrayList<>();
        for (int i = 0; i < document.sections().size(); i++) {
            Section section = document.sections().get(i);
            sections.add(new SectionView("section-" + (i + 1), section.heading(),
                    section.blocks().stream().map(this::view).toList()));
        }
        return printable(template
                .data("doc", document)
                .data("sections", sections)
                .data("author", CREATOR)
                .data("css", new RawString(css))
                .render());
    }

    private static final Pattern NOT_XML = Pattern.compile("[^\\t\\n\\r\\x{20}-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

    /** The text without the control characters XML (and so XHTML and Word) cannot hold; a pasted text may carry some. */
    static String printable(String text) {
        return text == null ? null : NOT_XML.matcher(text).replaceAll("");
    }

    private BlockView view(Block block) {
        if (block instanceof Paragraph p) {
            return new BlockView("paragraph", p.text(), null, List.of(), null, null);
        }
        if (block instanceof Quote q) {
            return new BlockView("quote", q.text(), q.attribution(), List.of(), null, null);
        }
        if (block instanceof ListBlock l) {
            return new BlockView("list", null, null, l.items(), null, null);
        }
        if (block instanceof Table t) {
            return new BlockView("table", null, null, List.of(), TableView.of(t), null);
        }
        Chart c = (Chart) block;
        return new BlockView("chart", null, null, List.of(), null, new ChartView(c.title(), c.description(),
                "data:image/png;base64," + Base64.getEncoder().encodeToString(charts.png(c)),
                ReportCharts.WIDTH, ReportCharts.HEIGHT, TableView.of(ReportCharts.figures(c))));
    }

    /** A cell's text beside its tag: none where the tag says the same words (Green, not "Green Green"). */
    static String cellText(Cell cell) {
        String text = cell.text() == null ? "" : cell.text().strip();
        if (cell.tag() != null && !cell.tag().isBlank() && text.equalsIgnoreCase(tagText(cell.tag()).strip())) {
            return "";
        }
        return text;
    }

    /** A tag's words as people read them: ON_TRACK is "On track". */
    static String tagText(String tag) {
        String words = tag.replace('_', ' ').toLowerCase(Locale.UK);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public record SectionView(String id, String heading, List<BlockView> blocks) {
    }

    public record BlockView(String kind, String text, String attribution, List<String> items, TableView table,
                            ChartView chart) {
    }

    public record ChartView(String title, String description, String image, int width, int height, TableView figures) {
    }

    public record TableView(String caption, List<String> headers, List<List<CellView>> rows, boolean wide) {
        /** From this many columns a table is set smaller, in fixed columns, so that it stays within the page. */
        static final int WIDE = 6;

        static TableView of(Table table) {
            List<List<CellView>> rows = table.rows().stream().map(row -> {
                List<CellView> cells = new ArrayList<>();
                for (int i = 0; i < row.size(); i++) {
                    cells.add(CellView.of(row.get(i), i == 0 && table.firstColumnIsHeader()));
                }
                return cells;
            }).toList();
            int columns = Math.max(table.headers().size(), rows.stream().mapToInt(List::size).max().orElse(0));
            return new TableView(table.caption(), table.headers(), rows, columns >= WIDE);
        }
    }

    public record CellView(String text, String tag, String tagClass, boolean header) {
        static CellView of(Cell cell, boolean header) {
            String tag = cell.tag() == null || cell.tag().isBlank() ? null : cell.tag();
            return new CellView(cellText(cell), tag == null ? null : tagText(tag),
                    tag == null ? null : tag.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"), header);
        }
    }

    private static TemplateLocator classpathTemplates() {
        return id -> {
            String path = "/templates/" + id + ".html";
            if (ReportHtml.class.getResource(path) == null) {
                return Optional.empty();
            }
            String content = resource(path);
            return Optional.of(new TemplateLocator.TemplateLocation() {
                @Override
                public Reader read() {
                    return new StringReader(content);
                }

                @Override
                public Optional<Variant> getVariant() {
                    return Optional.of(XHTML);
                }
            });
        };
    }

    private static String resource(String path) {
        try (InputStream in = ReportHtml.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The report resource " + path + " is missing from the service");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
