package io.sdc.platform.money;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.sdc.platform.problem.ProblemException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount of money in pounds, exact to the penny: always two decimal places, never floating point. In the API
 * and in events it is a decimal string such as {@code "42200000.00"} or {@code "-111000.00"}; in the database
 * NUMERIC(15,2) (through {@link MoneyConverter}). Pounds-and-pence text is read here and nowhere else.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    /** The form money takes in the API, for {@code @Pattern} on request fields. */
    public static final String PATTERN = "^-?\\d{1,13}\\.\\d{2}$";
    public static final String PATTERN_MESSAGE = "must be an amount in pounds with two decimal places, such as 348000.00";

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    private static final Pattern FORM = Pattern.compile(PATTERN);

    /**
     * @throws ArithmeticException if the amount has fractions of a penny
     */
    public Money {
        Objects.requireNonNull(amount, "amount");
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static Money of(BigDecimal amount) {
        return amount == null ? null : new Money(amount);
    }

    /**
     * Reads pounds and pence written as the API writes them ({@code "348000.00"}).
     *
     * @throws IllegalArgumentException for anything else
     */
    @JsonCreator
    public static Money of(String pounds) {
        if (pounds == null || !FORM.matcher(pounds).matches()) {
            throw new IllegalArgumentException("'" + pounds + "' " + PATTERN_MESSAGE);
        }
        return new Money(new BigDecimal(pounds));
    }

    /** Reads an API amount, refusing anything that is not money with a 400 naming the field. */
    public static Money parse(String field, String text) {
        if (text == null || !FORM.matcher(text).matches()) {
            throw ProblemException.invalid("'" + field + "' " + PATTERN_MESSAGE + ", not '" + text + "'");
        }
        return new Money(new BigDecimal(text));
    }

    /** As {@link #parse}, with {@code null} for a field left out. */
    public static Money parseOptional(String field, String text) {
        return text == null ? null : parse(field, text);
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    public Money negate() {
        return new Money(amount.negate());
    }

    public Money abs() {
        return new Money(amount.abs());
    }

    /** This amount times a factor (a share, a percentage as a fraction), rounded to the penny as told. */
    public Money times(BigDecimal factor, RoundingMode rounding) {
        return new Money(amount.multiply(factor).setScale(2, rounding));
    }

    public int signum() {
        return amount.signum();
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    /** {@code "348000.00"}: the form of money in the API, in events and in CSV. */
    @JsonValue
    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
