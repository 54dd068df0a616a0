package io.sdc.finance.ledger;

import io.sdc.platform.problem.Problem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a ledger mapping must be: the header {@code cost_centre,account,budget_line}; on each row a cost centre and an
 * account written as ledger codes are (letters, digits, and . _ / - space inside), each pair once, mapped to a budget
 * line of one of the contract's budgets. Every fault is named with its row.
 */
public final class MappingRules {

    public static final List<String> HEADER = List.of("cost_centre", "account", "budget_line");
    /** A ledger code: what finance systems write, and nothing a spreadsheet would run as a formula. */
    public static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/ -]{0,59}");
    public static final int MAX_ROWS = 100_000;

    private MappingRules() {
    }

    /** The faults of the header row (row 1), if any. */
    public static List<Problem.Violation> header(List<String> cells) {
        List<String> header = cells.stream().map(cell -> cell.strip().toLowerCase(Locale.ROOT)).toList();
        return header.equals(HEADER) ? List.of()
                : List.of(new Problem.Violation("row 1", "the header must be " + String.join(",", HEADER) + ", not " + String.join(",", cells)));
    }

    /**
     * Checks the rows read after the header (each with its row number, the cells as the file has them) against the
     * budget lines of the contract's budgets; returns every fault, or none and the rows in {@code rows}.
     */
    public static List<Problem.Violation> check(List<List<String>> cellsByRow, List<Integer> rowNumbers, Set<String> budgetLines,
                                                List<MappingRow> rows) {
        List<Problem.Violation> faults = new ArrayList<>();
        Map<String, Integer> firstRowOf = new HashMap<>();
        if (cellsByRow.isEmpty()) {
            faults.add(new Problem.Violation("file", "the mapping has no rows: at least one cost centre and account is mapped"));
        }
        if (cellsByRow.size() > MAX_ROWS) {
            faults.add(new Problem.Violation("file", "the mapping has " + cellsByRow.size() + " rows; at most " + MAX_ROWS + " are taken"));
            return faults;
        }
        for (int i = 0; i < cellsByRow.size(); i++) {
            List<String> cells = cellsByRow.get(i);
            int number = rowNumbers.get(i);
            String where = "row " + number;
            if (cells.size() != HEADER.size()) {
                faults.add(new Problem.Violation(where, HEADER.size() + " columns expected, found " + cells.size()));
                continue;
            }
            String costCentre = cells.get(0).strip();
            String account = cells.get(1).strip();
            String line = cells.get(2).strip();
            int before = faults.size();
            code(faults, where, "cost_centre", costCentre);
            code(faults, where, "account", account);
            if (line.isEmpty()) {
                faults.add(new Problem.Violation(where, "budget_line is empty"));
            } else if (!budgetLines.contains(line)) {
                faults.add(new Problem.Violation(where, "no budget line " + shown(line) + " in the contract's budgets"
                        + (budgetLines.isEmpty() ? " (it has none yet)" : " (they have " + String.join(", ", budgetLines.stream().sorted().toList()) + ")")));
            }
            if (faults.size() == before) {
                Integer first = firstRowOf.putIfAbsent(costCentre + "\u0000" + account, number);
                if (first != null) {
                    faults.add(new Problem.Violation(where, "cost centre " + costCentre + " and account " + account
                            + " are mapped twice: on row " + first + " and on this row"));
                } else {
                    rows.add(new MappingRow(number, costCentre, account, line));
                }
            }
        }
        return faults;
    }

    private static void code(List<Problem.Violation> faults, String where, String column, String value) {
        if (value.isEmpty()) {
            faults.add(new Problem.Violation(where, column + " is empty"));
        } else if (!CODE.matcher(value).matches()) {
            faults.add(new Problem.Violation(where, column + " " + shown(value)
                    + " is not a ledger code: letters and digits, with . _ / - or spaces inside, at most 60 characters"));
        }
    }

    static String shown(String text) {
        return "'" + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + "'";
    }
}
