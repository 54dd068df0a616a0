package io.sdc.portal.web;

import io.quarkus.qute.TemplateExtension;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * How the portal writes figures and dates, the GOV.UK style guide's way ("£42,311,000", "1 April 2016",
 * "9 December 2015 at 2:03pm"). In templates: {@code {fmt:money(line.budget)}}, {@code {fmt:date(cr.effectiveDate)}}.
 * Amounts stay exact: they are formatted from their decimal text, never through floating point.
 */
@TemplateExtension(namespace = "fmt")
public final class Formats {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

    private Formats() {
    }

    /** An amount in pounds with pence when it has any: £42,311,000 or £1,234.56; negative as −£98,000. */
    public static String money(Object amount) {
        BigDecimal value = decimal(amount);
        if (value == null) {
            return "";
        }
        boolean wholePounds = value.stripTrailingZeros().scale() <= 0;
        DecimalFormat format = new DecimalFormat(wholePounds ? "#,##0" : "#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        format.setRoundingMode(RoundingMode.HALF_UP);
        String text = "£" + format.format(value.abs());
        return value.signum() < 0 ? "−" + text : text;
    }

    /** An amount with its sign always shown (+£348,000, −£98,000), for variances. */
    public static String signedMoney(Object amount) {
        BigDecimal value = decimal(amount);
        if (value == null) {
            return "";
        }
        return value.signum() > 0 ? "+" + money(value) : money(value);
    }

    /** A number as given, with thousands separated (1,234.5). */
    public static String number(Object number) {
        BigDecimal value = decimal(number);
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.UK));
        return format.format(value);
    }

    /** A date (ISO {@code 2016-04-01}) as "1 April 2016". */
    public static String date(Object isoDate) {
        if (isoDate == null || isoDate.toString().isBlank()) {
            return "";
        }
        String text = isoDate.toString();
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text).format(DATE);
        } catch (DateTimeParseException notADate) {
            return text;
        }
    }

    /** An instant (ISO with offset) as "9 December 2015 at 2:03pm", in UK time. */
    public static String dateTime(Object isoInstant) {
        if (isoInstant == null || isoInstant.toString().isBlank()) {
            return "";
        }
        try {
            var time = OffsetDateTime.parse(isoInstant.toString()).atZoneSameInstant(UK);
            return time.format(DATE) + " at " + time.format(TIME).toLowerCase(Locale.UK);
        } catch (DateTimeParseException notAnInstant) {
            return isoInstant.toString();
        }
    }

    /** A constant such as {@code AGREED_IN_PRINCIPLE} or {@code children-with-disability} as "Agreed in principle". */
    public static String words(Object constant) {
        if (constant == null || constant.toString().isBlank()) {
            return "";
        }
        return capitalised(constant.toString().replace('_', ' ').replace('-', ' ').toLowerCase(Locale.UK));
    }

    /**
     * A constant as {@code names} names it where it names it otherwise than {@link #words(Object)} would
     * ({@code REQUIRES_IMPROVEMENT} as inspectorates write it, "Requires Improvement"), else in words.
     */
    public static String named(Object constant, java.util.Map<String, String> names) {
        return constant == null ? "" : names.getOrDefault(constant.toString(), words(constant));
    }

    /**
     * The design system's tag colour for a status, as the modifier class {@code colours} gives it by colour name
     * ({@code "green"} as {@code govuk-tag--green}); grey for a status it does not name, or none.
     */
    public static String tagColour(Object status, java.util.Map<String, String> colours) {
        return "govuk-tag--" + colours.getOrDefault(String.valueOf(status), "grey");
    }

    /** A field's name as the APIs write it ({@code effectiveDate}, {@code budget_line}) in words: "Effective date". */
    public static String fieldWords(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        return words(name.replaceAll("([a-z0-9])([A-Z])", "$1 $2"));
    }

    /** A text with its first letter a capital: "must not be blank" as "Must not be blank". */
    public static String capitalised(String text) {
        return text == null || text.isEmpty() ? "" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** A figure as the APIs send it (a decimal or its text) as a BigDecimal, or null when it is none. */
    public static BigDecimal decimal(Object amount) {
        if (amount == null) {
            return null;
        }
        if (amount instanceof BigDecimal decimal) {
            return decimal;
        }
        try {
            return new BigDecimal(amount.toString().trim());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
