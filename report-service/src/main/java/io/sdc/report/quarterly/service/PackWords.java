package io.sdc.report.quarterly.service;

import io.sdc.platform.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the pack writes figures: money as the council's reports do ("£348k", "£42.2m"; "£42,311,000" in tables), values with their unit. */
final class PackWords {

    private static final BigDecimal THOUSAND = new BigDecimal(1000);
    private static final BigDecimal MILLION = new BigDecimal(1_000_000);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private PackWords() {
    }

    /** An amount in a sentence, without its sign: thousands as k, millions to one decimal as m. */
    static String money(Money money) {
        BigDecimal amount = money.amount().abs();
        if (amount.compareTo(MILLION) >= 0) {
            return "£" + amount.divide(MILLION, 1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "m";
        }
        if (amount.compareTo(THOUSAND) >= 0) {
            return "£" + amount.divide(THOUSAND, 0, RoundingMode.HALF_UP).toPlainString() + "k";
        }
        return "£" + amount.setScale(0, RoundingMode.HALF_UP).toPlainString();
    }

    /** An amount in a table, signed, in whole pounds where it has no pence: "£42,311,000", "-£98,000". */
    static String moneyInFull(Money money) {
        if (money == null) {
            return "";
        }
        BigDecimal amount = money.amount();
        boolean whole = amount.remainder(BigDecimal.ONE).signum() == 0;
        DecimalFormat format = new DecimalFormat(whole ? "#,##0" : "#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        return (amount.signum() < 0 ? "-£" : "£") + format.format(amount.abs());
    }

    /** An indicator's value with its unit: "23%", "22.8%", "14 days"; empty without a value. */
    static String value(BigDecimal value, String unit) {
        if (value == null) {
            return "";
        }
        String number = value.stripTrailingZeros().toPlainString();
        return switch (unit == null ? "" : unit) {
            case "PERCENT" -> number + "%";
            case "DAYS" -> number + " days";
            case "RATE_PER_10000" -> number + " per 10,000";
            default -> number;
        };
    }

    /** The unit a chart's axis shows. */
    static String unit(String unit) {
        return switch (unit == null ? "" : unit) {
            case "PERCENT" -> "%";
            case "DAYS" -> "days";
            case "RATE_PER_10000" -> "per 10,000";
            default -> "";
        };
    }

    static String date(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** A code as words: AGREED_IN_PRINCIPLE is "agreed in principle"; none for none. */
    static String words(String code) {
        return code == null ? "" : code.replace('_', ' ').replace('-', ' ').toLowerCase(Locale.ROOT);
    }

    /** A code as the start of a sentence or a cell: "Agreed in principle". */
    static String capitalised(String code) {
        String words = words(code);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A name within a sentence: "Placements for looked-after children" reads "placements for looked-after children". */
    static String lowerFirst(String name) {
        return name == null || name.isEmpty() ? "" : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
