package io.sdc.finance.monitoring.service;

import io.sdc.finance.budget.Budget;
import io.sdc.platform.money.Money;
import io.sdc.platform.problem.Problem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a monitoring return's rows against its budget: the header, every budget line once and no other, amounts
 * that are money within range, nothing that a spreadsheet would run as a formula, rows numbered in order. Collects
 * every fault with its row. The header is the first row that is not blank; blank rows are skipped. The same class
 * reads the file for its import, handing each line it accepted to a {@link Lines}: what is stored is exactly what
 * was checked.
 */
final class ReturnValidation implements ReturnFileReader.RowHandler {

    /** Receives each line the validation accepted, in the file's order. */
    interface Lines {
        void line(int rowNumber, String code, Money actualToDate, Money forecastOutturn);
    }

    static final List<String> HEADER = List.of("budget_line", "actual_to_date", "forecast_outturn");
    static final Money MAXIMUM = Money.of("1000000000.00");
    /** The largest total a return can hold (NUMERIC(15,2)): the most a budget holds. */
    static final Money MAXIMUM_TOTAL = Budget.MAXIMUM;
    private static final Pattern AMOUNT = Pattern.compile("-?\\d{1,13}(\\.\\d{1,2})?");
    private static final int FAULTS_LISTED = 500;

    private final Budget budget;
    private final Lines accepted;
    private final Set<String> budgetLines;
    private final List<Problem.Violation> faults = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private int faultCount;
    private boolean headerSeen;
    private int lastRowNumber;
    private Money totalActual = Money.ZERO;
    private Money totalForecast = Money.ZERO;

    ReturnValidation(Budget budget) {
        this(budget, null);
    }

    ReturnValidation(Budget budget, Lines accepted) {
        this.budget = budget;
        this.accepted = accepted;
        this.budgetLines = new HashSet<>();
        budget.lines().forEach(line -> budgetLines.add(line.code()));
    }

    void fault(String where, String message) {
        faultCount++;
        if (faults.size() < FAULTS_LISTED) {
            faults.add(new Problem.Violation(where, message));
        }
    }

    @Override
    public void row(int rowNumber, List<String> cells) {
        String where = "row " + rowNumber;
        int faultsBefore = faultCount;
        if (rowNumber <= lastRowNumber) {
            fault(where, "the sheet numbers this row " + rowNumber + " after row " + lastRowNumber
                    + ": its rows must be numbered in order, each once; save the workbook again from the spreadsheet program");
        }
        lastRowNumber = Math.max(lastRowNumber, rowNumber);
        boolean blank = cells.stream().allMatch(String::isBlank);
        if (!headerSeen) {
            if (blank) {
                return;
            }
            headerSeen = true;
            List<String> header = cells.stream().map(cell -> cell.strip().toLowerCase(Locale.ROOT)).toList();
            if (!header.equals(HEADER)) {
                fault(where, "the header must be " + String.join(",", HEADER) + ", not " + String.join(",", cells));
            }
            return;
        }
        if (blank) {
            return;
        }
        if (cells.size() != HEADER.size()) {
            fault(where, HEADER.size() + " columns expected, found " + cells.size());
            return;
        }
        String code = cells.get(0).strip();
        if (formula(code)) {
            fault(where, "budget_line looks like a spreadsheet formula, which is refused: " + shown(code));
        } else if (code.isEmpty()) {
            fault(where, "budget_line is empty");
        } else if (!budgetLines.contains(code)) {
            fault(where, "no budget line " + shown(code) + " in the " + budget.financialYear() + " budget");
        } else if (!seen.add(code)) {
            fault(where, "budget line " + code + " appears twice");
        }
        Money actual = amount(where, "actual_to_date", cells.get(1));
        Money forecast = amount(where, "forecast_outturn", cells.get(2));
        if (actual != null && forecast != null) {
            totalActual = totalActual.plus(actual);
            totalForecast = totalForecast.plus(forecast);
            if (faultCount == faultsBefore && accepted != null) {
                accepted.line(rowNumber, code, actual, forecast);
            }
        }
    }

    /** Faults found once the whole file was read: an empty file, missing lines. */
    void finish() {
        if (!headerSeen) {
            fault("file", "the file is empty");
            return;
        }
        for (Budget.Line line : budget.lines()) {
            if (!seen.contains(line.code())) {
                fault("file", "budget line " + line.code() + " is missing");
            }
        }
        if (totalActual.isGreaterThan(MAXIMUM_TOTAL) || totalForecast.isGreaterThan(MAXIMUM_TOTAL)) {
            fault("file", "the lines add up to more than " + MAXIMUM_TOTAL + ", the largest total a return can hold");
        }
    }

    private Money amount(String where, String column, String cell) {
        String text = cell.strip();
        if (formula(text)) {
            fault(where, column + " looks like a spreadsheet formula, which is refused: " + shown(text));
            return null;
        }
        if (!AMOUNT.matcher(text).matches()) {
            fault(where, column + " must be an amount in pounds such as 348000.00, not " + shown(text));
            return null;
        }
        Money amount = Money.of(new BigDecimal(text));
        if (amount.isNegative() || amount.isGreaterThan(MAXIMUM)) {
            fault(where, column + " " + amount + " is out of range: 0.00 to " + MAXIMUM);
            return null;
        }
        return amount;
    }

    static boolean formula(String text) {
        if (text.startsWith(ReturnFileReader.FORMULA)) {
            return true;
        }
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '@' || first == '\t' || first == '\r'
                || (first == '-' && text.length() > 1 && !Character.isDigit(text.charAt(1)));
    }

    private static String shown(String text) {
        String plain = text.startsWith(ReturnFileReader.FORMULA) ? "=" + text.substring(ReturnFileReader.FORMULA.length()) : text;
        return "'" + (plain.length() > 60 ? plain.substring(0, 60) + "…" : plain) + "'";
    }

    List<Problem.Violation> faults() {
        List<Problem.Violation> listed = new ArrayList<>(faults);
        if (faultCount > faults.size()) {
            listed.add(new Problem.Violation("file", "and " + (faultCount - faults.size()) + " more faults"));
        }
        return listed;
    }

    boolean valid() {
        return faultCount == 0;
    }

    int lineCount() {
        return seen.size();
    }

    Money totalActual() {
        return totalActual;
    }

    Money totalForecast() {
        return totalForecast;
    }
}
