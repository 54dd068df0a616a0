package io.sdc.benchmark;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The benchmark's result: the lines of each measurement, with the date and the machine, as text and as Markdown. */
public record Table(ZonedDateTime date, Machine machine, List<Row> rows, List<String> notes) {

    private static final String[] HEADINGS = {"Measurement", "Ours", "Limit (same run)", "Ratio", "Target", "Met"};

    public Optional<Row> row(String measurement) {
        return rows.stream().filter(row -> row.measurement().equals(measurement)).findFirst();
    }

    /** The table in columns for a terminal. */
    public String text() {
        List<String[]> cells = cells();
        int[] widths = new int[HEADINGS.length];
        for (String[] line : cells) {
            for (int i = 0; i < line.length; i++) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        }
        StringBuilder text = new StringBuilder(heading()).append("\n\n");
        for (int l = 0; l < cells.size(); l++) {
            String[] line = cells.get(l);
            for (int i = 0; i < line.length; i++) {
                text.append(i == 0 ? "" : "  ").append(String.format("%-" + widths[i] + "s", line[i]));
            }
            text.append('\n');
            if (l == 0) {
                for (int i = 0; i < widths.length; i++) {
                    text.append(i == 0 ? "" : "  ").append("-".repeat(widths[i]));
                }
                text.append('\n');
            }
        }
        notes.forEach(note -> text.append("\n").append(note));
        return text.append('\n').toString();
    }

    /** The table in Markdown, as the README quotes it. */
    public String markdown() {
        List<String[]> cells = cells();
        StringBuilder text = new StringBuilder(heading()).append("\n\n");
        for (int l = 0; l < cells.size(); l++) {
            text.append("| ").append(String.join(" | ", escape(cells.get(l)))).append(" |\n");
            if (l == 0) {
                text.append("|").append(" --- |".repeat(HEADINGS.length)).append('\n');
            }
        }
        text.append('\n');
        notes.forEach(note -> text.append("- ").append(note).append('\n'));
        return text.toString();
    }

    private String heading() {
        return "Benchmark of " + date.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")) + " on " + machine.describe()
                + ". Ratio: our figure divided by the limit's.";
    }

    private List<String[]> cells() {
        List<String[]> cells = new ArrayList<>();
        cells.add(HEADINGS);
        for (Row row : rows) {
            cells.add(new String[]{row.measurement(), row.oursText(), row.limitText(), row.ratioText(), row.target(), row.metText()});
        }
        return cells;
    }

    private static String[] escape(String[] line) {
        String[] escaped = new String[line.length];
        for (int i = 0; i < line.length; i++) {
            escaped[i] = line[i].replace("|", "\\|");
        }
        return escaped;
    }
}
