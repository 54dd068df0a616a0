package io.sdc.portal.finance;

import io.quarkus.qute.TemplateData;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A budget's Schedule 3 derivation as steps for its table and waterfall chart: the base (the previous year's approved
 * total), each adjustment with the total after it, and the new total. The service derives the total; this only lays
 * out the steps it sent, each as a floating bar from the total before it to the total after it.
 *
 * @param floor where the chart's bars for the base and the new total start: zero, or below the lowest total by the
 *              span of the steps when starting at zero would hide the adjustments (the caption says so)
 */
@TemplateData
public record Derivation(List<Step> steps, BigDecimal floor) {

    /**
     * @param kind     {@code base}, {@code adjustment} or {@code total}
     * @param label    what the step is (the adjustment's Schedule 3 category)
     * @param category the adjustment's category as the service names it
     * @param detail   the rationale, or where the base comes from
     * @param change   the adjustment's signed amount (none for the base and the total)
     * @param after    the total after this step
     * @param bar      the chart's floating bar, "from,to"
     */
    @TemplateData
    public record Step(String kind, String label, String category, String detail, String change, String after, String bar,
                       Object changeRequestId, Object lineCode, Object id, boolean withdrawn) {

        public boolean isAdjustment() {
            return "adjustment".equals(kind);
        }
    }

    /** What an adjustment adds to the total: nothing once withdrawn. */
    private static BigDecimal counted(Map<String, Object> adjustment) {
        return Boolean.TRUE.equals(adjustment.get("withdrawn")) ? BigDecimal.ZERO : decimal(adjustment.get("amount"));
    }

    public boolean startsAtZero() {
        return floor.signum() == 0;
    }

    @SuppressWarnings("unchecked")
    static Derivation of(Map<String, Object> budget) {
        BigDecimal base = decimal(budget.get("baseAmount"));
        List<Map<String, Object>> adjustments = budget.get("adjustments") instanceof List<?> list
                ? (List<Map<String, Object>>) list : List.of();
        List<BigDecimal> totals = new ArrayList<>();
        totals.add(base);
        BigDecimal running = base;
        for (Map<String, Object> adjustment : adjustments) {
            running = running.add(counted(adjustment));
            totals.add(running);
        }
        BigDecimal lowest = totals.stream().min(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        BigDecimal highest = totals.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        BigDecimal floor = floor(lowest, highest);

        List<Step> steps = new ArrayList<>();
        steps.add(new Step("base", "Starting point", null, String.valueOf(budget.getOrDefault("baseSource", "")), null,
                base.toPlainString(), floor.toPlainString() + "," + base.toPlainString(), null, null, null, false));
        BigDecimal before = base;
        for (Map<String, Object> adjustment : adjustments) {
            BigDecimal amount = decimal(adjustment.get("amount"));
            boolean withdrawn = Boolean.TRUE.equals(adjustment.get("withdrawn"));
            BigDecimal after = before.add(counted(adjustment));
            String rationale = String.valueOf(adjustment.getOrDefault("rationale", ""));
            steps.add(new Step("adjustment", FinanceText.category(adjustment.get("category")),
                    String.valueOf(adjustment.get("category")),
                    withdrawn ? rationale + " (withdrawn, no longer counted: " + adjustment.get("withdrawalReason") + ")" : rationale,
                    amount.toPlainString(), after.toPlainString(), before.toPlainString() + "," + after.toPlainString(),
                    adjustment.get("changeRequestId"), adjustment.get("lineCode"), adjustment.get("id"), withdrawn));
            before = after;
        }
        BigDecimal total = budget.get("total") == null ? before : decimal(budget.get("total"));
        steps.add(new Step("total", "New total", null, "The " + budget.getOrDefault("financialYear", "") + " budget", null,
                total.toPlainString(), floor.toPlainString() + "," + total.toPlainString(), null, null, null, false));
        return new Derivation(steps, floor);
    }

    /**
     * Zero when the adjustments are large enough to see against the whole budget; otherwise a round figure below the
     * lowest total by about the steps' span, so that each adjustment is a visible bar.
     */
    static BigDecimal floor(BigDecimal lowest, BigDecimal highest) {
        BigDecimal span = highest.subtract(lowest);
        if (span.signum() == 0 || lowest.signum() <= 0 || span.multiply(BigDecimal.TEN).compareTo(lowest) >= 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal candidate = lowest.subtract(span);
        BigDecimal unit = BigDecimal.TEN.pow(Math.max(0, span.setScale(0, RoundingMode.DOWN).toPlainString().length() - 1));
        BigDecimal rounded = candidate.divide(unit, 0, RoundingMode.FLOOR).multiply(unit);
        return rounded.signum() < 0 ? BigDecimal.ZERO : rounded;
    }

    private static BigDecimal decimal(Object value) {
        BigDecimal decimal = FinanceText.decimal(value);
        return decimal == null ? BigDecimal.ZERO : decimal;
    }
}
