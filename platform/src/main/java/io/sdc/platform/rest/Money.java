package io.sdc.platform.rest;

import io.sdc.platform.problem.ProblemException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * Money in the API: a decimal string of pounds with exactly two places, such as {@code "42200000.00"} or
 * {@code "-111000.00"}; in code a {@link BigDecimal} of scale 2, in the database NUMERIC(15,2). Never floating point.
 */
public final class Money {

    /** The form money takes in the API, for {@code @Pattern} on request fields. */
    public static final String PATTERN = "^-?\\d{1,13}\\.\\d{2}$";
    public static final String PATTERN_MESSAGE = "must be an amount in pounds with two decimal places, such as 348000.00";

    private static final Pattern FORM = Pattern.compile(PATTERN);

    private Money() {
    }

    /** Reads an API amount, refusing anything that is not money with a 400 naming the field. */
    public static BigDecimal parse(String field, String text) {
        if (text == null || !FORM.matcher(text).matches()) {
            throw ProblemException.invalid("'" + field + "' " + PATTERN_MESSAGE + ", not '" + text + "'");
        }
        return new BigDecimal(text).setScale(2, RoundingMode.UNNECESSARY);
    }

    public static BigDecimal parseOptional(String field, String text) {
        return text == null ? null : parse(field, text);
    }

    public static String format(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }
}
