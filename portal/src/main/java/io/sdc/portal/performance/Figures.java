package io.sdc.portal.performance;

import io.quarkus.qute.TemplateData;
import io.sdc.portal.web.Formats;

import java.util.Map;

/**
 * How the performance pages write what the performance API answers: values in their unit, RAG and statuses as the
 * design system's tags, directions of travel and comparators in words. Nothing here judges a value: the API does.
 */
public final class Figures {

    private Figures() {
    }

    /** A design-system tag: its words and its classes. */
    @TemplateData
    public record Tag(String label, String classes) {

        /** A status in words, in the colour {@code colours} gives it (grey where it gives none). */
        static Tag of(Object status, Map<String, String> colours) {
            return new Tag(Formats.words(status), "govuk-tag " + Formats.tagColour(status, colours));
        }
    }

    private static final Map<String, String> VALIDATION_COLOURS = Map.of("VALIDATED", "green");
    private static final Map<String, String> RAG_COLOURS = Map.of("GREEN", "green", "AMBER", "yellow", "RED", "red");
    private static final Map<String, String> BASKET_COLOURS = Map.of("ACTIVE", "green", "PROPOSED", "blue");
    private static final Map<String, String> MILESTONE_COLOURS = Map.of("ON_TRACK", "blue", "MET", "green", "MISSED", "red");

    /** A value in its unit: 23% (PERCENT), 45.2 per 10,000, 12 days, 7; empty when there is none. */
    public static String value(Object value, Object unit) {
        if (value == null) {
            return "";
        }
        String number = Formats.number(value);
        if (number.isEmpty()) {
            return String.valueOf(value);
        }
        return inUnit(number, unit, "%");
    }

    /** A margin in the unit's points: 2 percentage points, 3 days. */
    static String margin(Object margin, Object unit) {
        return inUnit(Formats.number(margin), unit, " percentage points");
    }

    private static String inUnit(String number, Object unit, String percent) {
        return switch (String.valueOf(unit)) {
            case "PERCENT" -> number + percent;
            case "RATE_PER_10000" -> number + " per 10,000";
            case "DAYS" -> number + ("1".equals(number) ? " day" : " days");
            default -> number;
        };
    }

    /** The tolerance in words: the worst acceptable value, and how the basket states it. */
    static String tolerance(Map<?, ?> terms, Object unit, Object toleranceLimit) {
        Object kind = terms.get("toleranceKind");
        Object tolerance = terms.get("tolerance");
        if (tolerance == null) {
            return "";
        }
        if ("MARGIN".equals(kind)) {
            String limit = toleranceLimit == null ? "" : "Worst acceptable " + value(toleranceLimit, unit) + ": ";
            return limit + (limit.isEmpty() ? "A margin of " : "a margin of ") + margin(tolerance, unit) + " from the target";
        }
        return "Worst acceptable " + value(tolerance, unit) + " (threshold)";
    }

    /** A basket's tolerance as it states it: "Threshold 30%" or "Margin of 2 percentage points from the target". */
    static String statedTolerance(Map<?, ?> terms, Object unit) {
        Object tolerance = terms.get("tolerance");
        if (tolerance == null) {
            return "None";
        }
        return "MARGIN".equals(terms.get("toleranceKind")) ? "Margin of " + margin(tolerance, unit) + " from the target"
                : "Threshold " + value(tolerance, unit);
    }

    /** Whether a scorecard's figure is the council's validated one or still provisional; none without a figure. */
    static Tag validation(Object validation) {
        String standing = String.valueOf(validation);
        return standing.equals("VALIDATED") || standing.equals("PROVISIONAL") ? Tag.of(standing, VALIDATION_COLOURS) : null;
    }

    static Tag rag(Object rag) {
        return Tag.of(rag, RAG_COLOURS);
    }

    static Tag basketStatus(Object status) {
        return Tag.of(status, BASKET_COLOURS);
    }

    static Tag milestoneStatus(Object status) {
        return Tag.of(status, MILESTONE_COLOURS);
    }

    /** A regulator's judgement as inspectorates write it: Requires Improvement, Good. */
    static String judgement(Object judgement) {
        return Formats.named(judgement, Map.of("REQUIRES_IMPROVEMENT", "Requires Improvement"));
    }

    static String direction(Object direction) {
        return Formats.words(direction);
    }

    static String comparatorKind(Object kind) {
        return Formats.named(kind, Map.of("TOP_QUARTILE", "Top quartile threshold"));
    }

    /** Where a value stands against a comparator, as the API judged it. */
    static String position(Object position) {
        return Map.of("BETTER", "better", "SAME", "the same", "WORSE", "worse").getOrDefault(String.valueOf(position), "");
    }

    static String polarity(Object polarity) {
        return Formats.words(polarity);
    }

    static String unit(Object unit) {
        return Formats.named(unit, Map.of("PERCENT", "Percentage", "RATE_PER_10000", "Rate per 10,000"));
    }

    /** Whether the API computes this unit's value from a numerator and a denominator (its documented rule for input). */
    static boolean fromNumeratorAndDenominator(Object unit) {
        return "PERCENT".equals(String.valueOf(unit)) || "RATE_PER_10000".equals(String.valueOf(unit));
    }

    /** A suppressed value explained: the indicator's minimum denominator when the API gives it. */
    static String suppressed(Object minimumDenominator) {
        if (minimumDenominator == null) {
            return "Not shown: too few cases to judge";
        }
        return "Not shown: fewer than " + Formats.number(minimumDenominator) + " cases, too few to judge";
    }

    static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}
