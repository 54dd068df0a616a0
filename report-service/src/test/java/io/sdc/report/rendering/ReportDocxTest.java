package io.sdc.report.rendering;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import static io.sdc.report.rendering.SampleDocuments.*;
import static org.assertj.core.api.Assertions.assertThat;

class ReportDocxTest {

    @Test
    void the_word_document_opens_with_its_texts_headings_tables_and_charts() throws IOException {
        byte[] docx = Renderers.DOCX.render(everyBlock());
        Renderers.keep("every-block.docx", docx);

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();
            assertThat(text).contains(TITLE, NOTICE, SURPLUS, REFERRALS, QUOTE, ATTRIBUTION, LIST_ITEM,
                    TABLE_CAPTION, HEADER, CHART_TITLE, "Green", "Amber", "no figure");

            List<XWPFParagraph> paragraphs = document.getParagraphs();
            assertThat(paragraphs.get(0).getStyleID()).isEqualTo("Title");
            assertThat(paragraphs.get(0).getText()).isEqualTo(TITLE);
            assertThat(paragraphs).filteredOn(p -> "Heading1".equals(p.getStyleID()))
                    .extracting(XWPFParagraph::getText).containsExactly("Performance", "Finance");
            assertThat(document.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal())
                    .as("headings are in the outline (navigation pane)").isZero();
            assertThat(paragraphs).filteredOn(p -> p.getText().equals(NOTICE)).singleElement()
                    .satisfies(p -> assertThat(p.getCTPPr().getPBdr()).as("bordered notice").isNotNull());
            assertThat(paragraphs).filteredOn(p -> p.getText().equals(QUOTE)).singleElement()
                    .satisfies(p -> assertThat(document.getStyles().getStyle(p.getStyleID()).getCTStyle()
                            .getRPr().sizeOfIArray()).as("quote in italics").isEqualTo(1));
            assertThat(paragraphs).filteredOn(p -> p.getText().equals(LIST_ITEM)).singleElement()
                    .satisfies(p -> assertThat(p.getNumID()).as("bulleted").isNotNull());

            XWPFTable table = document.getTables().get(0);
            assertThat(table.getRow(0).getCell(0).getText()).isEqualTo(HEADER);
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(table.getRow(0).getCell(0).getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();
            assertThat(table.getRow(1).getCell(0).getText()).isEqualTo("Re-referrals");
            assertThat(table.getRow(1).getCell(3).getText().strip()).isEqualTo("Green");
            assertThat(table.getRow(1).getCell(3).getParagraphs().get(0).getRuns().get(0).getCTR().getRPr()
                    .getShdArray(0).xgetFill().getStringValue()).as("the tag's colour repeats its word").isEqualTo("00703C");
            assertThat(document.getTables()).as("the data table and the chart's figures").hasSize(2);

            List<XWPFPicture> pictures = paragraphs.stream().flatMap(p -> p.getRuns().stream())
                    .flatMap(r -> r.getEmbeddedPictures().stream()).toList();
            assertThat(pictures).as("one picture per chart").hasSize(1);
            assertThat(pictures.get(0).getDescription()).isEqualTo(CHART_DESCRIPTION);
            assertThat(paragraphs.stream().flatMap(p -> p.getRuns().stream())
                    .filter(r -> !r.getEmbeddedPictures().isEmpty()).findFirst().orElseThrow()
                    .getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().getDescr())
                    .as("Word's alternative text").isEqualTo(CHART_DESCRIPTION);
            assertThat(pictures.get(0).getPictureData().getData()).isEqualTo(Renderers.CHARTS.png(chart()));

            assertThat(document.getProperties().getCoreProperties().getTitle()).isEqualTo(TITLE);
            assertThat(document.getProperties().getCoreProperties().getCreator())
                    .isEqualTo("Service Delivery Contract platform");
        }
    }

    @Test
    void hostile_text_is_kept_as_text() throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(Renderers.DOCX.render(hostile())));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertThat(extractor.getText()).contains(HOSTILE);
            assertThat(document.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .map(XWPFRun::text)).contains(HOSTILE);
        }
    }
}
