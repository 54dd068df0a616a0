package io.sdc.platform.problem;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what PostgreSQL refused out of a failure, wherever Hibernate or the transaction manager wrapped it, and says
 * it as a problem: a unique or exclusion constraint is a 409 naming what already exists (two requests creating the
 * same thing at once: the loser is told, the winner's row stands); a serialization failure or deadlock is a 409 to
 * try again; a value the column cannot hold is a 400. The database is the last line: these are the races and limits
 * that checks in code cannot close.
 */
public final class DatabaseRefusals {

    private static final Pattern KEY = Pattern.compile("Key \\((.+?)\\)=\\((.*)\\) (already exists|conflicts with existing key.*)\\.?",
            Pattern.DOTALL);

    private DatabaseRefusals() {
    }

    /** The problem the database's refusal amounts to, if the failure is one. */
    public static Optional<ProblemException> of(Throwable failure) {
        return sqlCause(failure).flatMap(DatabaseRefusals::classify);
    }

    static Optional<SQLException> sqlCause(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        List<Throwable> pending = new ArrayList<>();
        pending.add(failure);
        while (!pending.isEmpty()) {
            Throwable current = pending.remove(0);
            if (current == null || seen.put(current, Boolean.TRUE) != null) {
                continue;
            }
            if (current instanceof SQLException sql && sql.getSQLState() != null) {
                return Optional.of(sql);
            }
            pending.add(current.getCause());
            pending.addAll(List.of(current.getSuppressed()));
        }
        return Optional.empty();
    }

    private static Optional<ProblemException> classify(SQLException sql) {
        String state = sql.getSQLState();
        ServerErrorMessage server = sql instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
        String table = server == null ? null : server.getTable();
        String column = server == null ? null : server.getColumn();
        String detail = server == null ? null : server.getDetail();
        return Optional.ofNullable(switch (state) {
            case "23505", "23P01" -> alreadyExists(table, detail);
            case "40001", "40P01", "55P03" -> ProblemException.conflict(
                    "Another request changed the same records at the same moment: read them again and retry");
            case "23503" -> ProblemException.conflict("The request refers to " + describe(table)
                    + " that does not exist or is still referred to");
            case "23502" -> invalid(column, "is required");
            case "23514" -> ProblemException.invalid("A value is outside what " + describe(table) + " allows"
                    + (server != null && server.getConstraint() != null ? " (" + server.getConstraint() + ")" : ""));
            case "22003" -> invalid(column, "is too large a number");
            case "22001" -> invalid(column, "is too long");
            case "22008" -> invalid(column, "is a date or time out of range");
            case "22021", "22P05", "54000" -> invalid(column, "holds characters that cannot be stored, such as NUL");
            default -> state.startsWith("22") ? invalid(column, "cannot be stored as given") : null;
        });
    }

    private static ProblemException alreadyExists(String table, String detail) {
        Matcher key = detail == null ? null : KEY.matcher(detail);
        if (key == null || !key.matches()) {
            return ProblemException.conflict(capitalised(describe(table)) + " like this already exists");
        }
        String[] names = key.group(1).split(",\\s*");
        String[] values = key.group(2).split(",\\s*", names.length);
        List<String> parts = new ArrayList<>();
        List<Problem.Violation> violations = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            String field = fieldName(names[i]);
            String value = i < values.length ? values[i] : "";
            parts.add(field + " " + value);
            violations.add(new Problem.Violation(field, "already taken by an existing " + describe(table).replaceFirst("^an? ", "")));
        }
        String verb = key.group(3).startsWith("already") ? " already exists" : " overlaps one that already exists";
        return new ProblemException(ProblemType.CONFLICT,
                capitalised(describe(table)) + " with " + String.join(" and ", parts) + verb, violations);
    }

    private static ProblemException invalid(String column, String what) {
        if (column == null) {
            return ProblemException.invalid("A value " + what);
        }
        String field = fieldName(column);
        return new ProblemException(ProblemType.VALIDATION_FAILED, "'" + field + "' " + what,
                List.of(new Problem.Violation(field, what)));
    }

    /** A table as a reader says it: {@code monitoring_return} is "a monitoring return". */
    private static String describe(String table) {
        if (table == null) {
            return "a record";
        }
        String words = table.replace('_', ' ').toLowerCase(Locale.ROOT);
        return ("aeiou".indexOf(words.charAt(0)) >= 0 ? "an " : "a ") + words;
    }

    /** A column as the API names it: {@code financial_year} is {@code financialYear}. */
    static String fieldName(String column) {
        String plain = column.strip().replace("\"", "");
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : plain.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
