package io.sdc.report.assembly;

import io.sdc.platform.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * How the council's reports write figures: money in sentences as thousands (£49k) or millions to one decimal (£42.2m),
 * money in tables in full (£42,200,000), an indicator's value with its unit (23%), dates as 30 September 2015, and
 * codes as words. Exact: amounts are rounded for sentences only, never computed in floating point.
 */
public final class ReportWords {

    private static final BigDecimal THOUSAND = new BigDecimal(1000);
    private static final BigDecimal MILLION = new BigDecimal(1_000_000);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final List<String> NUMBERS = List.of("no", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty");

    private ReportWords() {
    }

    /** An amount in a sentence, without its sign (the sentence says surplus or overspend): £49k, £42.2m, £500. */
    public static String money(Money money) {
        BigDecimal amount = money.amount().abs();
        // The unit is chosen by the amount as it will be written: £999,960 is £1m, not £1000k; £999.60 is £1k, not £1000.
        if (amount.divide(THOUSAND, 1, RoundingMode.HALF_UP).compareTo(THOUSAND) >= 0) {
            return "£" + amount.divide(MILLION, 1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "m";
        }
        if (amount.setScale(0, RoundingMode.HALF_UP).compareTo(THOUSAND) >= 0) {
            return "£" + amount.divide(THOUSAND, 1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "k";
        }
        return "£" + amount.setScale(0, RoundingMode.HALF_UP).toPlainString();
    }

    /** An amount in a table, signed, in whole pounds where it has no pence: £42,200,000, -£111,000, £10.50. */
    public static String moneyInFull(Money money) {
        if (money == null) {
            return "";
        }
        BigDecimal amount = money.amount();
        boolean whole = amount.remainder(BigDecimal.ONE).signum() == 0;
        DecimalFormat format = new DecimalFormat(whole ? "#,##0" : "#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        return (amount.signum() < 0 ? "-£" : "£") + format.format(amount.abs());
    }

    /** An indicator's value with its unit (a performance-service unit code): 23%, 22.8%, 14 days; empty without a value. */
    public static String value(BigDecimal value, String unit) {
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

    /** A date as reports write it: 30 September 2015; empty for none. */
    public static String date(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** A code as words: AGREED_IN_PRINCIPLE is "agreed in principle"; empty for none. */
    public static String words(String code) {
        return code == null ? "" : code.replace('_', ' ').replace('-', ' ').toLowerCase(Locale.ROOT);
    }

    /** A code as the start of a sentence or a cell: "Agreed in principle". */
    public static String capitalised(String code) {
        String words = words(code);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A name within a sentence: "Placements for looked-after children" reads "placements for looked-after children". */
    public static String lowerFirst(String name) {
        return name == null || name.isEmpty() ? "" : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /** Items as a phrase: "national", "national and regional", "a, b and c". */
    public static String and(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** A count in words up to twenty ("three"), in figures above. */
    public static String count(int count) {
        return count >= 0 && count < NUMBERS.size() ? NUMBERS.get(count) : String.valueOf(count);
    }
}
