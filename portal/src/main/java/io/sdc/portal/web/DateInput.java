package io.sdc.portal.web;

import io.quarkus.qute.TemplateData;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A date as the design system's date input holds it: its day, month and year as typed (or as a date in an address
 * shows them), read in one place for every form. {@code wrong} names the parts to mark as wrong beside an error
 * (none named: all of them); {@code unreadable} says it came from an address that was no date.
 */
@TemplateData
public record DateInput(String day, String month, String year, List<String> wrong, boolean unreadable) {

    /** The inputs' names, in the order the date input shows them. */
    public static final List<String> PARTS = List.of("day", "month", "year");

    /** One input of the date input, as the dateInput tag draws it. */
    @TemplateData
    public record Part(String name, String label, int width, String value) {
    }

    /** What the person typed, without surrounding spaces. */
    public static DateInput typed(String day, String month, String year) {
        return new DateInput(strip(day), strip(month), strip(year), List.of(), false);
    }

    /** A date's parts as a person would type them (1 4 2016); none for no date. */
    public static DateInput of(LocalDate date) {
        return date == null ? typed("", "", "")
                : typed(Integer.toString(date.getDayOfMonth()), Integer.toString(date.getMonthValue()),
                Integer.toString(date.getYear()));
    }

    /** An ISO date from an address ({@code ?on=2016-04-01}); one that is no date is empty and unreadable. */
    public static DateInput ofIso(String iso) {
        if (iso == null || iso.isBlank()) {
            return typed("", "", "");
        }
        try {
            return of(LocalDate.parse(iso.strip()));
        } catch (DateTimeException notADate) {
            return new DateInput("", "", "", PARTS, true);
        }
    }

    /** The same parts, with those to mark as wrong. */
    public DateInput withWrong(List<String> parts) {
        return new DateInput(day, month, year, List.copyOf(parts), unreadable);
    }

    public boolean isEmpty() {
        return !unreadable && day.isEmpty() && month.isEmpty() && year.isEmpty();
    }

    /** The parts left empty, in the date input's order. */
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (day.isEmpty()) {
            missing.add("day");
        }
        if (month.isEmpty()) {
            missing.add("month");
        }
        if (year.isEmpty()) {
            missing.add("year");
        }
        return missing;
    }

    public boolean yearHasFourDigits() {
        return year.matches("\\d{4}");
    }

    /** The date, when the three parts make a real one. */
    public Optional<LocalDate> date() {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (NumberFormatException | DateTimeException notADate) {
            return Optional.empty();
        }
    }

    /**
     * The ISO date the APIs read ({@code 1}, {@code 4}, {@code 2016} as {@code 2016-04-01}); null when nothing was
     * typed. What cannot be a date is sent as typed, so that the API refuses it naming its field.
     */
    public String iso() {
        if (isEmpty() || unreadable) {
            return null;
        }
        return year + "-" + pad(month) + "-" + pad(day);
    }

    /** Whether an input is to be marked as wrong beside an error. */
    public boolean isWrong(String part) {
        return wrong.isEmpty() || wrong.contains(part);
    }

    public List<Part> parts() {
        return List.of(new Part("day", "Day", 2, day), new Part("month", "Month", 2, month), new Part("year", "Year", 4, year));
    }

    private static String pad(String part) {
        return part.length() == 1 && Character.isDigit(part.charAt(0)) ? "0" + part : part;
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
