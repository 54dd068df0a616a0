package io.sdc.finance.monitoring.service;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a finance export row by row without holding it whole: CSV (UTF-8) or the first sheet of an XLSX workbook.
 * Numbers are handed on as the text the file holds, never through a floating-point value; a cell holding a formula
 * is marked as one.
 */
final class ReturnFileReader {

    /** A cell's text, or this marker followed by the formula for a formula cell. */
    static final String FORMULA = "\u0000formula:";

    interface RowHandler {
        void row(int rowNumber, List<String> cells);
    }

    /** The file cannot be read at all (not UTF-8, not a workbook); the message says why. */
    static final class UnreadableFile extends Exception {
        UnreadableFile(String message) {
            super(message);
        }
    }

    /** A failure of the row handler itself (a database write), passed on as it is, never taken for an unreadable file. */
    static final class HandlerFailure extends RuntimeException {
        HandlerFailure(RuntimeException cause) {
            super(cause);
        }

        RuntimeException failure() {
            return (RuntimeException) getCause();
        }
    }

    private ReturnFileReader() {
    }

    private static void hand(RowHandler handler, int rowNumber, List<String> cells) {
        try {
            handler.row(rowNumber, cells);
        } catch (RuntimeException e) {
            throw new HandlerFailure(e);
        }
    }

    /** The handler's own failure, if the reading failed because of it. */
    private static java.util.Optional<RuntimeException> handlerFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof HandlerFailure handlerFailure) {
                return java.util.Optional.of(handlerFailure.failure());
            }
        }
        return java.util.Optional.empty();
    }

    static void readCsv(Path file, RowHandler handler) throws UnreadableFile, IOException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), utf8);
             MappingIterator<String[]> rows = mapper.readerFor(String[].class).readValues(reader)) {
            int number = 0;
            while (rows.hasNextValue()) {
                String[] cells = rows.nextValue();
                number++;
                List<String> row = new ArrayList<>(List.of(cells));
                if (number == 1 && !row.isEmpty() && row.get(0).startsWith("\uFEFF")) {
                    row.set(0, row.get(0).substring(1));
                }
                hand(handler, number, row);
            }
        } catch (HandlerFailure e) {
            throw e.failure();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new UnreadableFile("The file is not UTF-8 text: save the export as CSV UTF-8");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
            throw new UnreadableFile("The file is not valid CSV" + (line > 0 ? " at row " + line : "")
                    + ": a field holding commas or quotes must be quoted");
        } catch (RuntimeException e) {
            if (e.getCause() instanceof java.nio.charset.CharacterCodingException) {
                throw new UnreadableFile("The file is not UTF-8 text: save the export as CSV UTF-8");
            }
            throw new UnreadableFile("The file is not readable as CSV: " + e.getMessage());
        }
    }

    static void readXlsx(Path file, RowHandler handler) throws UnreadableFile, IOException {
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new UnreadableFile("The workbook has no sheet");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new SheetHandler(strings, handler));
                parser.parse(new InputSource(sheet));
            }
        } catch (UnreadableFile e) {
            throw e;
        } catch (Exception e) {
            java.util.Optional<RuntimeException> own = handlerFailure(e);
            if (own.isPresent()) {
                throw own.get();
            }
            throw new UnreadableFile("The file is not a readable XLSX workbook");
        }
    }

    /** The sheet's XML, read as it streams: rows, cells, raw values, shared and inline strings, formulas. */
    private static final class SheetHandler extends DefaultHandler {

        private final ReadOnlySharedStringsTable strings;
        private final RowHandler handler;
        private final StringBuilder text = new StringBuilder();
        private List<String> cells;
        private int rowNumber;
        private int column;
        private String type;
        private String value;
        private String formula;
        private boolean collecting;

        SheetHandler(ReadOnlySharedStringsTable strings, RowHandler handler) {
            this.strings = strings;
            this.handler = handler;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    cells = new ArrayList<>();
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                }
                case "c" -> {
                    column = columnOf(attributes.getValue("r"), cells.size());
                    type = attributes.getValue("t");
                    value = null;
                    formula = null;
                }
                case "v", "t", "f" -> {
                    text.setLength(0);
                    collecting = true;
                }
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (collecting) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v" -> {
                    value = text.toString();
                    collecting = false;
                }
                case "t" -> {
                    value = (value == null ? "" : value) + text;
                    collecting = false;
                }
                case "f" -> {
                    formula = text.toString();
                    collecting = false;
                }
                case "c" -> {
                    String cell = value == null ? "" : value;
                    if (formula != null) {
                        cell = FORMULA + formula;
                    } else if ("s".equals(type) && value != null) {
                        cell = strings.getItemAt(Integer.parseInt(value.trim())).getString();
                    } else if ((type == null || "n".equals(type)) && value != null) {
                        cell = plain(value);
                    }
                    while (cells.size() < column) {
                        cells.add("");
                    }
                    cells.add(cell);
                }
                case "row" -> hand(handler, rowNumber, cells);
                default -> {
                }
            }
        }

        /**
         * A workbook keeps a number as text, sometimes in exponent form (1.82E7); read exactly as a decimal, never
         * through a floating-point value.
         */
        private static String plain(String number) {
            try {
                java.math.BigDecimal exact = new java.math.BigDecimal(number.trim());
                return exact.scale() < 0 ? exact.setScale(0).toPlainString() : exact.toPlainString();
            } catch (NumberFormatException e) {
                return number;
            }
        }

        private static int columnOf(String reference, int fallback) {
            if (reference == null) {
                return fallback;
            }
            int column = 0;
            for (char c : reference.toCharArray()) {
                if (!Character.isLetter(c)) {
                    break;
                }
                column = column * 26 + (Character.toUpperCase(c) - 'A' + 1);
            }
            return column - 1;
        }
    }
}
