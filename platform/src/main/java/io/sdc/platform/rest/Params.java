package io.sdc.platform.rest;

import io.sdc.platform.problem.ProblemException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/** Reads query and path parameters, refusing bad ones with a 400 that names the parameter and the expected form. */
public final class Params {

    public static final int DEFAULT_PAGE_SIZE = 50;
    public static final int MAX_PAGE_SIZE = 200;

    private Params() {
    }

    /** A page of a list: number from 0, size from 1 to {@value #MAX_PAGE_SIZE}. */
    public record Paging(int page, int size) {
    }

    public static Paging paging(Integer page, Integer size) {
        int number = page == null ? 0 : page;
        int length = size == null ? DEFAULT_PAGE_SIZE : size;
        if (number < 0 || length < 1 || length > MAX_PAGE_SIZE) {
            throw ProblemException.invalid("page must be 0 or more and size from 1 to " + MAX_PAGE_SIZE);
        }
        return new Paging(number, length);
    }

    /** An ISO 8601 calendar date such as 2016-04-01, if given. */
    public static Optional<LocalDate> date(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (!BusinessDates.isSane(date)) {
                throw ProblemException.invalid("'" + name + "' " + BusinessDates.RANGE_MESSAGE + ", not '" + value + "'");
            }
            return Optional.of(date);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("'" + name + "' must be a date such as 2016-04-01, not '" + value + "'");
        }
    }

    /** One of an enum's constants, named in any case, if given. */
    public static <E extends Enum<E>> Optional<E> oneOf(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("'" + name + "' must be one of " + java.util.Arrays.toString(type.getEnumConstants())
                    + ", not '" + value + "'");
        }
    }
}
