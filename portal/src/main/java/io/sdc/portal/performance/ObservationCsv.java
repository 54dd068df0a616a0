package io.sdc.portal.performance;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.quarkus.qute.TemplateData;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a CSV file of observations into the performance API's observation requests. The first non-blank row names
 * the columns ({@link #COLUMNS}, in any order and case); each later row is one observation. It only turns text into
 * the API's types (whole numbers, decimals); whether a value is acceptable is for the API to say. Rows are numbered as
 * a spreadsheet numbers them, the header being row 1 when it is the first line.
 */
final class ObservationCsv {

    /** The columns a file may have; indicatorCode and period are required. */
    static final List<String> COLUMNS = List.of("indicatorCode", "period", "numerator", "denominator", "value", "status", "commentary",
            "reason");

    /**
     * The statuses the observations API still takes from the trust: a submitted figure is provisional until the council
     * validates it, so a status, if a file gives one, says just that.
     */
    static final List<String> STATUSES = List.of("PROVISIONAL", "SUBMITTED");

    private ObservationCsv() {
    }

    /** A row that became an observation request: its number in the file and the request. */
    record Row(int number, Map<String, Object> request) {
    }

    /** A row (or the file, row 0) that could not be read, and why. */
    @TemplateData
    public record Fault(int row, String message) {
        public String where() {
            return row <= 0 ? "The file" : "Row " + row;
        }
    }

    record Result(List<Row> rows, List<Fault> faults) {
    }

    static Result read(byte[] content, String defaultReason) {
        List<Row> rows = new ArrayList<>();
        List<Fault> faults = new ArrayList<>();
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        int number = 0;
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(content), utf8);
             MappingIterator<String[]> cells = mapper.readerFor(String[].class).readValues(reader)) {
            List<String> header = null;
            while (cells.hasNextValue()) {
                String[] line = cells.nextValue();
                number++;
                List<String> row = new ArrayList<>(List.of(line));
                if (number == 1 && !row.isEmpty() && row.get(0).startsWith("\uFEFF")) {
                    row.set(0, row.get(0).substring(1));
                }
                if (row.stream().allMatch(cell -> cell == null || cell.isBlank())) {
                    continue;
                }
                if (header == null) {
                    header = header(row, number, faults);
                    if (header == null) {
                        return new Result(List.of(), faults);
                    }
                    continue;
                }
                observation(header, row, number, defaultReason, faults).ifPresent(rows::add);
            }
            if (header == null) {
                faults.add(new Fault(0, "The file is empty: its first row names the columns, for example "
                        + String.join(",", COLUMNS)));
            } else if (rows.isEmpty() && faults.isEmpty()) {
                faults.add(new Fault(0, "The file has no observations: only the row naming the columns"));
            }
        } catch (CharacterCodingException e) {
            faults.add(new Fault(0, "The file is not UTF-8 text: save it as CSV UTF-8"));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
            faults.add(new Fault(line > 0 ? line : number + 1, "cannot be read as CSV: a field holding commas or quotes must be quoted"));
        } catch (IOException | RuntimeException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                faults.add(new Fault(0, "The file is not UTF-8 text: save it as CSV UTF-8"));
            } else {
                faults.add(new Fault(number + 1, "cannot be read as CSV"));
            }
        }
        return new Result(rows, faults);
    }

    private static List<String> header(List<String> row, int number, List<Fault> faults) {
        List<String> columns = new ArrayList<>();
        for (String cell : row) {
            String name = cell == null ? "" : cell.strip();
            String column = COLUMNS.stream().filter(known -> normalised(known).equals(normalised(name))).findFirst().orElse(null);
            if (column == null) {
                faults.add(new Fault(number, "names a column '" + name + "' that is not one of " + String.join(", ", COLUMNS)));
            } else if (columns.contains(column)) {
                faults.add(new Fault(number, "names the column " + column + " twice"));
            }
            columns.add(column);
        }
        for (String required : List.of("indicatorCode", "period")) {
            if (!columns.contains(required)) {
                faults.add(new Fault(number, "has no column " + required + ": the first row names the columns, for example "
                        + String.join(",", COLUMNS)));
            }
        }
        return faults.isEmpty() ? columns : null;
    }

    private static String normalised(String name) {
        return name.replaceAll("[\\s_-]", "").toLowerCase(Locale.ROOT);
    }

    private static java.util.Optional<Row> observation(List<String> header, List<String> cells, int number, String defaultReason,
                                                       List<Fault> faults) {
        int before = faults.size();
        if (cells.size() > header.size()) {
            boolean extraBlank = cells.subList(header.size(), cells.size()).stream().allMatch(cell -> cell == null || cell.isBlank());
            if (!extraBlank) {
                faults.add(new Fault(number, "has " + cells.size() + " cells but the first row names " + header.size() + " columns"));
                return java.util.Optional.empty();
            }
        }
        Map<String, Object> request = new LinkedHashMap<>();
        for (String column : COLUMNS) {
            request.put(column, null);
        }
        for (int i = 0; i < header.size(); i++) {
            String cell = i < cells.size() && cells.get(i) != null ? cells.get(i).strip() : "";
            if (cell.isEmpty()) {
                continue;
            }
            String column = header.get(i);
            switch (column) {
                case "numerator", "denominator" -> {
                    try {
                        request.put(column, Long.parseLong(cell));
                    } catch (NumberFormatException notWhole) {
                        faults.add(new Fault(number, column + " '" + cell + "' is not a whole number"));
                    }
                }
                case "value" -> {
                    try {
                        request.put(column, new BigDecimal(cell));
                    } catch (NumberFormatException notANumber) {
                        faults.add(new Fault(number, "value '" + cell + "' is not a number"));
                    }
                }
                case "status" -> {
                    String status = cell.toUpperCase(Locale.ROOT);
                    if (STATUSES.contains(status)) {
                        request.put(column, status);
                    } else {
                        faults.add(new Fault(number, "status '" + cell + "' is not one of " + String.join(", ", STATUSES)
                                + ": figures are submitted provisional and only the council validates them"));
                    }
                }
                default -> request.put(column, cell);
            }
        }
        if (request.get("reason") == null && defaultReason != null && !defaultReason.isBlank()) {
            request.put("reason", defaultReason.strip());
        }
        return faults.size() == before ? java.util.Optional.of(new Row(number, request)) : java.util.Optional.empty();
    }
}
