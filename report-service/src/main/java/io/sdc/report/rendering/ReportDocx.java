package io.sdc.report.rendering;

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
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPBdr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

/**
 * A report as a Word document that officers can edit before it goes to committee: the title and the notices on the
 * first page, a Heading 1 per section (so that Word's navigation pane lists them), paragraphs, quotes in italics with
 * who wrote them, bulleted lists, tables with a bold repeating header row, and charts as pictures with their
 * description as alternative text, each followed by a table of its figures.
 */
@ApplicationScoped
public class ReportDocx {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    static final String FONT = "Arial";
    private static final String BORDER_COLOUR = "B1B4B6";
    private static final String WARNING_COLOUR = "D4351C";
    /** A4 with 2 cm margins, in twentieths of a point. */
    private static final int PAGE_WIDTH = 11906;
    private static final int PAGE_HEIGHT = 16838;
    private static final int MARGIN = 1134;
    /** Charts are drawn as wide as the text: 17 cm. */
    private static final double CHART_WIDTH_POINTS = (PAGE_WIDTH - 2 * MARGIN) / 20.0;

    private final ReportCharts charts;

    @Inject
    public ReportDocx(ReportCharts charts) {
        this.charts = charts;
    }

    public byte[] render(ReportDocument document) {
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new Writer(docx).write(document);
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The report could not be written as a Word document", e);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("A chart could not be added to the Word document", e);
        }
    }

    /** The colours of the status tags, as on the print page: the words say the status, the colour repeats it. */
    private enum TagColour {
        RED("FFFFFF", "D4351C"), AMBER("0B0C0C", "FFDD00"), GREEN("FFFFFF", "00703C");

        final String text;
        final String fill;

        TagColour(String text, String fill) {
            this.text = text;
            this.fill = fill;
        }

        static TagColour of(String tag) {
            return switch (tag.trim().toUpperCase(java.util.Locale.ROOT).replace(' ', '_')) {
                case "RED", "MISSED", "OVERDUE" -> RED;
                case "AMBER", "AT_RISK" -> AMBER;
                case "GREEN", "MET", "ON_TRACK" -> GREEN;
                default -> null;
            };
        }
    }

    /** Writes one document; holds what it sets up once (styles, the bullet numbering, the chart count). */
    private final class Writer {
        private final XWPFDocument docx;
        private BigInteger bullets;
        private int pictures;

        Writer(XWPFDocument docx) {
            this.docx = docx;
        }

        void write(ReportDocument document) throws IOException, InvalidFormatException {
            styles();
            page(document.title());
            var properties = docx.getProperties().getCoreProperties();
            properties.setTitle(ReportHtml.printable(document.title()));
            properties.setCreator(ReportHtml.CREATOR);
            if (document.subtitle() != null) {
                properties.setSubjectProperty(ReportHtml.printable(document.subtitle()));
            }

            text(docx.createParagraph(), "Title", document.title());
            if (document.subtitle() != null && !document.subtitle().isBlank()) {
                text(docx.createParagraph(), "Subtitle", document.subtitle());
            }
            if (!document.notices().isEmpty()) {
                XWPFParagraph heading = notice(docx.createParagraph());
                XWPFRun run = heading.createRun();
                run.setBold(true);
                run.setColor(WARNING_COLOUR);
                run.setText("Warning");
                for (String notice : document.notices()) {
                    notice(text(docx.createParagraph(), null, notice));
                }
            }
            boolean first = true;
            for (Section section : document.sections()) {
                XWPFParagraph heading = text(docx.createParagraph(), "Heading1", section.heading());
                if (first) {
                    heading.setPageBreak(true);
                    first = false;
                }
                for (Block block : section.blocks()) {
                    block(block);
                }
            }
        }

        private void block(Block block) throws IOException, InvalidFormatException {
            if (block instanceof Paragraph p) {
                text(docx.createParagraph(), null, p.text());
            } else if (block instanceof Quote q) {
                XWPFParagraph quote = text(docx.createParagraph(), "Quote", q.text());
                if (q.attribution() != null && !q.attribution().isBlank()) {
                    quote.setSpacingAfter(0);
                    text(docx.createParagraph(), "QuoteAttribution", q.attribution());
                }
            } else if (block instanceof ListBlock l) {
                for (String item : l.items()) {
                    XWPFParagraph paragraph = text(docx.createParagraph(), "ListBullet", item);
                    paragraph.setNumID(bullets());
                    paragraph.setNumILvl(BigInteger.ZERO);
                }
            } else if (block instanceof Table t) {
                table(t);
            } else if (block instanceof Chart c) {
                chart(c);
            }
        }

        private void chart(Chart chart) throws IOException, InvalidFormatException {
            text(docx.createParagraph(), "Heading2", chart.title());
            XWPFParagraph paragraph = docx.createParagraph();
            paragraph.getCTPPr();
            paragraph.setKeepNext(true);
            XWPFRun run = paragraph.createRun();
            pictures++;
            double height = CHART_WIDTH_POINTS * ReportCharts.HEIGHT / ReportCharts.WIDTH;
            XWPFPicture picture = run.addPicture(new ByteArrayInputStream(charts.png(chart)),
                    Document.PICTURE_TYPE_PNG, "chart-" + pictures + ".png", Units.toEMU(CHART_WIDTH_POINTS),
                    Units.toEMU(height));
            // Word reads the alternative text from the drawing's properties; other readers from the picture's.
            String description = ReportHtml.printable(chart.description() == null ? chart.title() : chart.description());
            for (var properties : List.of(run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr(),
                    picture.getCTPicture().getNvPicPr().getCNvPr())) {
                properties.setId(pictures);
                properties.setName("Chart " + pictures);
                properties.setDescr(description);
                properties.setTitle(ReportHtml.printable(chart.title()));
            }
            table(ReportCharts.figures(chart));
        }

        private void table(Table table) {
            if (table.caption() != null && !table.caption().isBlank()) {
                text(docx.createParagraph(), "Caption", table.caption()).setKeepNext(true);
            }
            int columns = Math.max(1, Math.max(table.headers().size(),
                    table.rows().stream().mapToInt(List::size).max().orElse(0)));
            XWPFTable grid = docx.createTable(1 + table.rows().size(), columns);
            grid.setWidth("100%");
            CTTblGrid widths = grid.getCTTbl().getTblGrid() != null ? grid.getCTTbl().getTblGrid()
                    : grid.getCTTbl().addNewTblGrid();
            while (widths.sizeOfGridColArray() > 0) {
                widths.removeGridCol(0);
            }
            for (int c = 0; c < columns; c++) {
                widths.addNewGridCol().setW(BigInteger.valueOf((PAGE_WIDTH - 2 * MARGIN) / columns));
            }
            grid.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, BORDER_COLOUR);
            grid.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, BORDER_COLOUR);
            grid.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, BORDER_COLOUR);
            grid.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, BORDER_COLOUR);
            grid.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, BORDER_COLOUR);
            grid.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, BORDER_COLOUR);

            XWPFTableRow header = grid.getRow(0);
            header.setRepeatHeader(true);
            header.setCantSplitRow(true);
            for (int c = 0; c < columns; c++) {
                XWPFTableCell cell = header.getCell(c);
                cell.setColor("F3F2F1");
                cellText(cell, c < table.headers().size() ? table.headers().get(c) : "", true, null);
            }
            for (int r = 0; r < table.rows().size(); r++) {
                List<Cell> row = table.rows().get(r);
                XWPFTableRow line = grid.getRow(r + 1);
                line.setCantSplitRow(true);
                for (int c = 0; c < columns; c++) {
                    Cell cell = c < row.size() ? row.get(c) : Cell.of("");
                    cellText(line.getCell(c), ReportHtml.cellText(cell), c == 0 && table.firstColumnIsHeader(), cell.tag());
                }
            }
            docx.createParagraph();
        }

        private void cellText(XWPFTableCell cell, String text, boolean bold, String tag) {
            XWPFParagraph paragraph = cell.getParagraphs().get(0);
            paragraph.setSpacingAfter(0);
            if (text != null && !text.isEmpty()) {
                XWPFRun run = paragraph.createRun();
                run.setBold(bold);
                run.setText(ReportHtml.printable(text));
            }
            if (tag != null && !tag.isBlank()) {
                if (text != null && !text.isEmpty()) {
                    paragraph.createRun().setText(" ");
                }
                XWPFRun run = paragraph.createRun();
                run.setBold(true);
                run.setText(" " + ReportHtml.printable(ReportHtml.tagText(tag)) + " ");
                TagColour colour = TagColour.of(tag);
                if (colour != null) {
                    run.setColor(colour.text);
                    CTShd shading = run.getCTR().isSetRPr() ? run.getCTR().getRPr().addNewShd()
                            : run.getCTR().addNewRPr().addNewShd();
                    shading.setVal(STShd.CLEAR);
                    shading.setColor("auto");
                    shading.setFill(colour.fill);
                }
            }
        }

        private XWPFParagraph text(XWPFParagraph paragraph, String style, String text) {
            if (style != null) {
                paragraph.setStyle(style);
            }
            if (text != null) {
                String[] lines = ReportHtml.printable(text).split("\r?\n", -1);
                XWPFRun run = paragraph.createRun();
                for (int i = 0; i < lines.length; i++) {
                    if (i > 0) {
                        run.addBreak();
                    }
                    run.setText(lines[i], i);
                }
            }
            return paragraph;
        }

        /** A notice on the first page: shaded, in a red border (consecutive notices share one box). */
        private XWPFParagraph notice(XWPFParagraph paragraph) {
            CTPPr properties = paragraph.getCTPPr();
            CTPBdr borders = properties.isSetPBdr() ? properties.getPBdr() : properties.addNewPBdr();
            for (CTBorder border : List.of(borders.addNewTop(), borders.addNewBottom(), borders.addNewLeft(),
                    borders.addNewRight())) {
                border.setVal(STBorder.SINGLE);
                border.setSz(BigInteger.valueOf(18));
                border.setSpace(BigInteger.valueOf(6));
                border.setColor(WARNING_COLOUR);
            }
            CTShd shading = properties.addNewShd();
            shading.setVal(STShd.CLEAR);
            shading.setColor("auto");
            shading.setFill("FDF2F0");
            paragraph.setSpacingAfter(0);
            return paragraph;
        }

        private BigInteger bullets() {
            if (bullets == null) {
                XWPFNumbering numbering = docx.createNumbering();
                CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
                definition.setAbstractNumId(BigInteger.ONE);
                CTLvl level = definition.addNewLvl();
                level.setIlvl(BigInteger.ZERO);
                level.addNewNumFmt().setVal(STNumberFormat.BULLET);
                level.addNewLvlText().setVal("•");
                level.addNewStart().setVal(BigInteger.ONE);
                CTPPrGeneral indent = level.addNewPPr();
                indent.addNewInd().setLeft(BigInteger.valueOf(567));
                indent.getInd().setHanging(BigInteger.valueOf(283));
                bullets = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(definition, numbering)));
            }
            return bullets;
        }

        private void page(String title) {
            CTSectPr section = docx.getDocument().getBody().isSetSectPr()
                    ? docx.getDocument().getBody().getSectPr() : docx.getDocument().getBody().addNewSectPr();
            CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
            size.setW(BigInteger.valueOf(PAGE_WIDTH));
            size.setH(BigInteger.valueOf(PAGE_HEIGHT));
            CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
            for (var setter : List.<java.util.function.Consumer<BigInteger>>of(margins::setTop, margins::setBottom,
                    margins::setLeft, margins::setRight)) {
                setter.accept(BigInteger.valueOf(MARGIN));
            }
            margins.setHeader(BigInteger.valueOf(567));
            margins.setFooter(BigInteger.valueOf(567));

            XWPFFooter footer = docx.createFooter(HeaderFooterType.DEFAULT);
            XWPFParagraph paragraph = footer.createParagraph();
            paragraph.setStyle("Footer");
            paragraph.setAlignment(ParagraphAlignment.RIGHT);
            paragraph.createRun().setText(ReportHtml.printable(title) + "    Page ");
            field(paragraph, "PAGE");
            paragraph.createRun().setText(" of ");
            field(paragraph, "NUMPAGES");
        }

        private void field(XWPFParagraph paragraph, String instruction) {
            CTSimpleField field = paragraph.getCTP().addNewFldSimple();
            field.setInstr(instruction + " \\* MERGEFORMAT");
            field.addNewR().addNewT().setStringValue("1");
        }

        /** The styles Word needs to show the outline: POI's blank document has none. */
        private void styles() {
            XWPFStyles styles = docx.createStyles();
            CTFonts fonts = CTFonts.Factory.newInstance();
            fonts.setAscii(FONT);
            fonts.setHAnsi(FONT);
            fonts.setCs(FONT);
            fonts.setEastAsia(FONT);
            styles.setDefaultFonts(fonts);
            styles.setSpellingLanguage("en-GB");

            style(styles, "Normal", "Normal", null, 22, false, false, null, 0, 160, null);
            style(styles, "Title", "Title", null, 52, true, false, "0B0C0C", 0, 240, null);
            style(styles, "Subtitle", "Subtitle", null, 30, false, false, "505A5F", 0, 480, null);
            style(styles, "Heading1", "heading 1", 0, 32, true, false, "0B0C0C", 360, 120, null);
            style(styles, "Heading2", "heading 2", 1, 26, true, false, "0B0C0C", 240, 80, null);
            style(styles, "Quote", "Quote", null, 22, false, true, "0B0C0C", 0, 120, 567);
            style(styles, "QuoteAttribution", "Quote attribution", null, 18, false, false, "505A5F", 0, 200, 567);
            style(styles, "ListBullet", "List Bullet", null, 22, false, false, null, 0, 60, null);
            style(styles, "Caption", "caption", null, 20, true, false, "0B0C0C", 120, 80, null);
            style(styles, "Footer", "footer", null, 16, false, false, "505A5F", 0, 0, null);
        }

        private void style(XWPFStyles styles, String id, String name, Integer outlineLevel, int halfPoints,
                           boolean bold, boolean italic, String colour, int before, int after, Integer indent) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId(id);
            style.setType(STStyleType.PARAGRAPH);
            style.addNewName().setVal(name);
            if (id.equals("Normal")) {
                style.setDefault(true);
            } else {
                style.addNewBasedOn().setVal("Normal");
                style.addNewNext().setVal("Normal");
            }
            style.addNewQFormat();
            CTPPrGeneral paragraph = style.addNewPPr();
            paragraph.addNewSpacing().setBefore(BigInteger.valueOf(before));
            paragraph.getSpacing().setAfter(BigInteger.valueOf(after));
            if (outlineLevel != null) {
                paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
                paragraph.addNewKeepNext();
                style.addNewUiPriority().setVal(BigInteger.valueOf(9));
            }
            if (indent != null) {
                paragraph.addNewInd().setLeft(BigInteger.valueOf(indent));
            }
            CTRPr run = style.addNewRPr();
            run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
            run.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
            if (bold) {
                run.addNewB();
            }
            if (italic) {
                run.addNewI();
            }
            if (colour != null) {
                run.addNewColor().setVal(colour);
            }
            styles.addStyle(new XWPFStyle(style, styles));
        }
    }
}
