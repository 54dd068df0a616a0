package io.sdc.benchmark;

import java.util.Locale;
import java.util.Optional;

/**
 * One line of the benchmark's table: a measurement, our figure, the figure of its limit measured in the same run, our
 * figure divided by the limit's, the target and whether it is met. A measurement that could not be made says why
 * instead of a figure ({@link #notMeasured}), and a line whose limit has no counterpart shows none.
 */
public record Row(String measurement, String unit, Double ours, Double limit, String limitName, String target, Boolean met,
                  Optional<String> notMeasured) {

    /** A figure with its limit beside it. */
    public static Row of(String measurement, String unit, double ours, Double limit, String limitName, String target, Boolean met) {
        return new Row(measurement, unit, ours, limit, limitName, target, met, Optional.empty());
    }

    /** A line that could not be measured, and why (for instance a tool or a component not there). */
    public static Row notMeasured(String measurement, String target, String why) {
        return new Row(measurement, "", null, null, "", target, null, Optional.of(why));
    }

    /** Our figure divided by the limit's, when both are there. */
    public Optional<Double> ratio() {
        return ours == null || limit == null || limit == 0 ? Optional.empty() : Optional.of(ours / limit);
    }

    String oursText() {
        return notMeasured.map(why -> "not measured: " + why).orElseGet(() -> figure(ours) + " " + unit);
    }

    String limitText() {
        return limit == null ? "-" : figure(limit) + " " + unit + (limitName.isEmpty() ? "" : " (" + limitName + ")");
    }

    String ratioText() {
        return ratio().map(r -> String.format(Locale.ROOT, "%.2fx", r)).orElse("-");
    }

    String metText() {
        return met == null ? "-" : met ? "yes" : "no";
    }

    static String figure(double value) {
        if (value >= 100 || value == Math.rint(value)) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, value >= 10 ? "%.1f" : "%.2f", value);
    }
}
