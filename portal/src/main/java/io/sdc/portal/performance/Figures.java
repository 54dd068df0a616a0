package io.sdc.portal.performance;

import io.quarkus.qute.TemplateData;
import io.sdc.portal.web.Formats;

import java.util.Map;

/**
 * How the performance pages write what the performance API answers: values in their unit, RAG and statuses as the
 * design system's tags, directions of travel and comparators in words. Nothing here judges a value: the API does.
 */
final class Figures {

    private Figures() {
    }

    /** A design-system tag: its words and its classes. */
    @TemplateData
    public record Tag(String label, String classes) {
    }

    /** A value in its unit: 23% (PERCENT), 45.2 per 10,000, 12 days, 7; empty when there is none. */
    static String value(Object value, Object unit) {
        if (value == null) {
            return "";
        }
        String number = Formats.number(value);
        if (number.isEmpty()) {
            return String.valueOf(value);
        }
        return switch (String.valueOf(unit)) {
            case "PERCENT" -> number + "%";
            case "RATE_PER_10000" -> number + " per 10,000";
            case "DAYS" -> number + ("1".equals(number) ? " day" : " days");
            default -> number;
        };
    }

    /** A margin in the unit's points: 2 percentage points, 3 days. */
    static String margin(Object margin, Object unit) {
        String number = Formats.number(margin);
        return switch (String.valueOf(unit)) {
            case "PERCENT" -> number + " percentage points";
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
        return switch (String.valueOf(validation)) {
            case "VALIDATED" -> new Tag("Validated", "govuk-tag govuk-tag--green");
            case "PROVISIONAL" -> new Tag("Provisional", "govuk-tag govuk-tag--grey");
            default -> null;
        };
    }

    static Tag rag(Object rag) {
        return switch (String.valueOf(rag)) {
            case "GREEN" -> new Tag("Green", "govuk-tag govuk-tag--green");
            case "AMBER" -> new Tag("Amber", "govuk-tag govuk-tag--yellow");
            case "RED" -> new Tag("Red", "govuk-tag govuk-tag--red");
            case "SUPPRESSED" -> new Tag("Suppressed", "govuk-tag govuk-tag--grey");
            case "NO_DATA" -> new Tag("No data", "govuk-tag govuk-tag--grey");
            default -> new Tag(Formats.words(rag), "govuk-tag govuk-tag--grey");
        };
    }

    static Tag basketStatus(Object status) {
        return switch (String.valueOf(status)) {
            case "ACTIVE" -> new Tag("Active", "govuk-tag govuk-tag--green");
            case "PROPOSED" -> new Tag("Proposed", "govuk-tag govuk-tag--blue");
            case "DRAFT" -> new Tag("Draft", "govuk-tag govuk-tag--grey");
            case "SUPERSEDED" -> new Tag("Superseded", "govuk-tag govuk-tag--grey");
            default -> new Tag(Formats.words(status), "govuk-tag govuk-tag--grey");
        };
    }

    static Tag milestoneStatus(Object status) {
        return switch (String.valueOf(status)) {
            case "ON_TRACK" -> new Tag("On track", "govuk-tag govuk-tag--blue");
            case "MET" -> new Tag("Met", "govuk-tag govuk-tag--green");
            case "MISSED" -> new Tag("Missed", "govuk-tag govuk-tag--red");
            default -> new Tag(Formats.words(status), "govuk-tag govuk-tag--grey");
        };
    }

    /** A regulator's judgement as inspectorates write it: Requires Improvement, Good. */
    static String judgement(Object judgement) {
        return switch (String.valueOf(judgement)) {
            case "INADEQUATE" -> "Inadequate";
            case "REQUIRES_IMPROVEMENT" -> "Requires Improvement";
            case "GOOD" -> "Good";
            case "OUTSTANDING" -> "Outstanding";
            default -> Formats.words(judgement);
        };
    }

    static String direction(Object direction) {
        return switch (String.valueOf(direction)) {
            case "IMPROVING" -> "Improving";
            case "STABLE" -> "Stable";
            case "DECLINING" -> "Declining";
            case "NOT_COMPARABLE" -> "Not comparable";
            default -> Formats.words(direction);
        };
    }

    static String comparatorKind(Object kind) {
        return switch (String.valueOf(kind)) {
            case "NATIONAL" -> "National";
            case "REGIONAL" -> "Regional";
            case "STATISTICAL_NEIGHBOURS" -> "Statistical neighbours";
            case "TOP_QUARTILE" -> "Top quartile threshold";
            default -> Formats.words(kind);
        };
    }

    /** Where a value stands against a comparator, as the API judged it. */
    static String position(Object position) {
        return switch (String.valueOf(position)) {
            case "BETTER" -> "better";
            case "SAME" -> "the same";
            case "WORSE" -> "worse";
            default -> "";
        };
    }

    static String polarity(Object polarity) {
        return switch (String.valueOf(polarity)) {
            case "LOWER_IS_BETTER" -> "Lower is better";
            case "HIGHER_IS_BETTER" -> "Higher is better";
            default -> Formats.words(polarity);
        };
    }

    static String unit(Object unit) {
        return switch (String.valueOf(unit)) {
            case "PERCENT" -> "Percentage";
            case "RATE_PER_10000" -> "Rate per 10,000";
            case "COUNT" -> "Count";
            case "DAYS" -> "Days";
            default -> Formats.words(unit);
        };
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
