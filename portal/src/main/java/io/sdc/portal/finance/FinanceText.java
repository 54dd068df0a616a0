package io.sdc.portal.finance;

import io.quarkus.qute.TemplateExtension;
import io.sdc.portal.web.Formats;

import java.math.BigDecimal;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the finance pages put figures into words, so that nothing depends on colour alone: a variance as
 * "£348,000 overspend", a period such as {@code 2015-Q3} as "July to September 2015", a budget's status as a tag.
 * In templates: {@code {finance:variance(line.variance)}}, {@code {finance:period(r.period)}}.
 */
@TemplateExtension(namespace = "finance")
public final class FinanceText {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

    private FinanceText() {
    }

    /** A variance (forecast minus budget) in words: "£348,000 overspend", "£98,000 underspend" or "On budget". */
    public static String variance(Object variance) {
        return signed(variance, "On budget", " overspend", " underspend");
    }

    /** True when a variance is an overspend (positive). */
    public static boolean overspend(Object variance) {
        BigDecimal value = decimal(variance);
        return value != null && value.signum() > 0;
    }

    /** True when a variance is an underspend (negative). */
    public static boolean underspend(Object variance) {
        BigDecimal value = decimal(variance);
        return value != null && value.signum() < 0;
    }

    /** The trust's position after the risk share: "£49,000 surplus", "£20,000 deficit" or "Break-even". */
    public static String position(Object position) {
        return signed(position, "Break-even", " surplus", " deficit");
    }

    /** An amount by its size and what its sign means: none when it is zero, else the pounds and the word for its sign. */
    private static String signed(Object amount, String zero, String positive, String negative) {
        BigDecimal value = decimal(amount);
        if (value == null) {
            return "";
        }
        if (value.signum() == 0) {
            return zero;
        }
        return Formats.money(value.abs()) + (value.signum() > 0 ? positive : negative);
    }

    /** An amount without its sign, e.g. the shared variance spread over the bands. */
    public static String abs(Object amount) {
        BigDecimal value = decimal(amount);
        return value == null ? "" : value.abs().toPlainString();
    }

    /** A percentage as the API gives it ("0.82") as "0.82%". */
    public static String percent(Object percent) {
        BigDecimal value = decimal(percent);
        return value == null ? "" : Formats.number(value) + "%";
    }

    /** A reporting period: "2015-Q3" as "July to September 2015", "2015-09" as "September 2015". */
    public static String period(Object period) {
        if (period == null) {
            return "";
        }
        String text = period.toString();
        Matcher quarter = QUARTER.matcher(text);
        if (quarter.matches()) {
            int first = (Integer.parseInt(quarter.group(2)) - 1) * 3 + 1;
            return monthName(first) + " to " + monthName(first + 2) + " " + quarter.group(1);
        }
        Matcher month = MONTH.matcher(text);
        if (month.matches()) {
            int number = Integer.parseInt(month.group(2));
            if (number >= 1 && number <= 12) {
                return monthName(number) + " " + month.group(1);
            }
        }
        return text;
    }

    /** The design system's tag colour for a budget's status. */
    public static String statusTagClass(Object status) {
        return tagClass(status, Map.of("APPROVED", "green", "FINAL", "green", "CONFIRMED_IN_PRINCIPLE", "blue", "DRAFT", "yellow"));
    }

    /** A monitoring return's status in words: Submitted (awaiting the council), Validated, Returned, Superseded. */
    public static String returnStatus(Object status) {
        return Formats.named(status, Map.of("SUBMITTED", "Awaiting validation"));
    }

    /** The design system's tag colour for a monitoring return's status. */
    public static String returnStatusClass(Object status) {
        return tagClass(status, Map.of("VALIDATED", "green", "RETURNED", "red"));
    }

    /** The design system's tag classes for a status, in the colour {@code colours} gives it (grey where it gives none). */
    private static String tagClass(Object status, Map<String, String> colours) {
        return "govuk-tag " + Formats.tagColour(status, colours);
    }

    /** A figure's standing: "Validated" (green) or "Provisional" (grey), as the design system tags it. */
    public static String figureLabel(Object figureStatus) {
        return "VALIDATED".equals(String.valueOf(figureStatus)) ? "Validated" : "Provisional";
    }

    public static String figureClass(Object figureStatus) {
        return tagClass(figureStatus, Map.of("VALIDATED", "green"));
    }

    /** An adjustment category such as {@code PAY_INFLATION} as Schedule 3 names it: "Pay inflation". */
    public static String category(Object category) {
        return Formats.words(category);
    }

    private static String monthName(int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL, Locale.UK);
    }

    static BigDecimal decimal(Object amount) {
        return io.sdc.portal.web.Formats.decimal(amount);
    }
}
