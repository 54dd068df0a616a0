package io.sdc.portal.finance;

import io.quarkus.qute.TemplateExtension;
import io.sdc.portal.web.Formats;

import java.math.BigDecimal;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
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
        BigDecimal value = decimal(variance);
        if (value == null) {
            return "";
        }
        if (value.signum() == 0) {
            return "On budget";
        }
        return Formats.money(value.abs()) + (value.signum() > 0 ? " overspend" : " underspend");
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
        BigDecimal value = decimal(position);
        if (value == null) {
            return "";
        }
        if (value.signum() == 0) {
            return "Break-even";
        }
        return Formats.money(value.abs()) + (value.signum() > 0 ? " surplus" : " deficit");
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
        if (status == null) {
            return "govuk-tag govuk-tag--grey";
        }
        return switch (status.toString()) {
            case "APPROVED", "FINAL" -> "govuk-tag govuk-tag--green";
            case "CONFIRMED_IN_PRINCIPLE" -> "govuk-tag govuk-tag--blue";
            case "DRAFT" -> "govuk-tag govuk-tag--yellow";
            default -> "govuk-tag govuk-tag--grey";
        };
    }

    /** A monitoring return's status in words: Submitted (awaiting the council), Validated, Returned, Superseded. */
    public static String returnStatus(Object status) {
        return status == null ? "" : switch (status.toString()) {
            case "SUBMITTED" -> "Awaiting validation";
            default -> io.sdc.portal.web.Formats.words(status);
        };
    }

    /** The design system's tag colour for a monitoring return's status. */
    public static String returnStatusClass(Object status) {
        return status == null ? "govuk-tag govuk-tag--grey" : switch (status.toString()) {
            case "VALIDATED" -> "govuk-tag govuk-tag--green";
            case "RETURNED" -> "govuk-tag govuk-tag--red";
            default -> "govuk-tag govuk-tag--grey";
        };
    }

    /** A figure's standing: "Validated" (green) or "Provisional" (grey), as the design system tags it. */
    public static String figureLabel(Object figureStatus) {
        return "VALIDATED".equals(String.valueOf(figureStatus)) ? "Validated" : "Provisional";
    }

    public static String figureClass(Object figureStatus) {
        return "VALIDATED".equals(String.valueOf(figureStatus)) ? "govuk-tag govuk-tag--green" : "govuk-tag govuk-tag--grey";
    }

    /** An adjustment category such as {@code PAY_INFLATION} as Schedule 3 names it. */
    public static String category(Object category) {
        if (category == null) {
            return "";
        }
        return switch (category.toString()) {
            case "PAY_INFLATION" -> "Pay inflation";
            case "PRICE_INFLATION" -> "Price inflation";
            case "CHANGES_IN_LAW" -> "Changes in law";
            case "DEMAND_FOR_SERVICES" -> "Demand for services";
            case "CONTRIBUTION_TO_COUNCIL_SAVINGS" -> "Contribution to council savings";
            case "CONTRACT_VARIATION" -> "Contract variation";
            case "OTHER" -> "Other";
            default -> Formats.words(category);
        };
    }

    private static String monthName(int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL, Locale.UK);
    }

    static BigDecimal decimal(Object amount) {
        return io.sdc.portal.web.Formats.decimal(amount);
    }
}
