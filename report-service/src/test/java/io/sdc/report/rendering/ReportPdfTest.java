package io.sdc.report.rendering;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import io.sdc.report.rendering.ReportDocument.Cell;
import io.sdc.report.rendering.ReportDocument.Section;
import io.sdc.report.rendering.ReportDocument.Table;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import static io.sdc.report.rendering.SampleDocuments.*;
import static org.assertj.core.api.Assertions.assertThat;

class ReportPdfTest {

    @Test
    void the_pdf_opens_and_carries_every_text_its_title_and_language() throws IOException {
        byte[] pdf = Renderers.PDF.render(everyBlock());
        Renderers.keep("every-block.pdf", pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(TITLE);
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(document.getDocumentInformation().getAuthor()).isEqualTo(ReportHtml.CREATOR);
            assertThat(document.getDocumentInformation().getSubject()).as("the description PDF/UA asks for")
                    .isEqualTo(everyBlock().subtitle());
            var outline = document.getDocumentCatalog().getDocumentOutline();
            assertThat(outline.children()).as("a bookmark per section")
                    .extracting(item -> item.getTitle()).containsExactly("Performance", "Finance");
            assertThat(document.getDocumentCatalog().getStructureTreeRoot())
                    .as("tagged for screen readers").isNotNull();

            String text = text(document, 1, document.getNumberOfPages());
            assertThat(text).contains(TITLE, NOTICE, SURPLUS, REFERRALS, QUOTE, ATTRIBUTION, LIST_ITEM,
                    TABLE_CAPTION, HEADER, CHART_TITLE, "Green", "Amber", "Page 1 of");
            assertThat(text).as("the chart's figures follow it").contains("2015-Q3", "no figure");

            String firstPage = text(document, 1, 1);
            assertThat(firstPage).as("the title page carries the notice").contains(TITLE, "Warning", NOTICE);
            assertThat(firstPage).doesNotContain(SURPLUS);

            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
                    assertThat(font.getName()).contains("DejaVu");
                }
            }
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                ByteArrayOutputStream png = new ByteArrayOutputStream();
                ImageIO.write(renderer.renderImageWithDPI(page, 72), "png", png);
                Renderers.keep("every-block-page-" + (page + 1) + ".png", png.toByteArray());
            }
        }
    }

    @Test
    void hostile_text_survives_into_the_pdf_as_text() throws IOException {
        try (PDDocument document = Loader.loadPDF(Renderers.PDF.render(hostile()))) {
            assertThat(text(document, 1, document.getNumberOfPages())).contains(HOSTILE);
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(HOSTILE);
        }
    }

    @Test
    void a_wide_table_stays_within_the_page_and_a_tag_is_not_said_twice() throws IOException {
        List<String> headers = List.of("Indicator", "At transfer", "Year end", "Target", "Since transfer", "RAG",
                "Comparators", "Figures");
        List<Cell> row = List.of(Cell.of("Looked-after children with three or more placements in the year"),
                Cell.of("11%"), Cell.of("7%"), Cell.of("9%"), Cell.of("Improving"), new Cell("Green", null, "GREEN"),
                Cell.of("National 24% (2014/15): Better; Regional 25% (2014/15): Better"),
                Cell.of("Provisional, not yet validated"));
        ReportDocument wide = new ReportDocument("Wide", null, List.of(), List.of(new Section("Indicators",
                List.of(new Table("Indicators", headers, List.of(row, row), true)))));

        byte[] pdf = Renderers.PDF.render(wide);
        Renderers.keep("wide-table.pdf", pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Extent extent = new Extent();
            String text = extent.getText(document).replaceAll("\\s+", " ");
            float pageWidth = document.getPage(0).getMediaBox().getWidth();
            assertThat(extent.right).as("rightmost text within the right margin of %s", pageWidth)
                    .isLessThan(pageWidth - 50);
            assertThat(text).contains("Provisional, not yet validated", "Better").doesNotContain("Green Green");
        }
    }

    /** Where the rightmost glyph of the text ends. */
    private static final class Extent extends PDFTextStripper {
        float right;

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            for (TextPosition position : positions) {
                right = Math.max(right, position.getXDirAdj() + position.getWidthDirAdj());
            }
            super.writeString(text, positions);
        }
    }

    /** The pages' text with line breaks as spaces (the layout wraps long lines). */
    private static String text(PDDocument document, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(document).replaceAll("\\s+", " ");
    }
}
