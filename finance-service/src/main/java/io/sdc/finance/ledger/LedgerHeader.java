package io.sdc.finance.ledger;

import io.sdc.platform.problem.Problem;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The header of a ledger export: the columns {@code cost_centre}, {@code account}, {@code actual_to_date} and
 * {@code forecast_outturn}, and optionally {@code transaction_reference} and {@code period}, in any order, each once,
 * named in any case; no other column.
 */
public record LedgerHeader(List<String> columns) {

    public static final List<String> REQUIRED = List.of("cost_centre", "account", "actual_to_date", "forecast_outturn");
    public static final List<String> OPTIONAL = List.of("transaction_reference", "period");
    public static final int LIMIT_LISTED = 100;

    /** Reads the header's cells, or says every fault of it on row 1. */
    public static LedgerHeader parse(List<String> cells, List<Problem.Violation> faults) {
        List<String> columns = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int before = faults.size();
        for (String cell : cells) {
            String name = cell.strip().toLowerCase(Locale.ROOT);
            if (!REQUIRED.contains(name) && !OPTIONAL.contains(name)) {
                faults.add(new Problem.Violation("row 1", "no column " + MappingRules.shown(cell) + " is taken: the columns are "
                        + String.join(",", REQUIRED) + " and optionally " + String.join(",", OPTIONAL)));
            } else if (!seen.add(name)) {
                faults.add(new Problem.Violation("row 1", "the column " + name + " is named twice"));
            }
            columns.add(name);
        }
        for (String required : REQUIRED) {
            if (!seen.contains(required)) {
                faults.add(new Problem.Violation("row 1", "the header has no column " + required + ": it must name "
                        + String.join(",", REQUIRED) + " (optionally " + String.join(",", OPTIONAL) + ")"));
            }
        }
        return faults.size() == before ? new LedgerHeader(List.copyOf(columns)) : null;
    }

    public boolean has(String column) {
        return columns.contains(column);
    }
}
