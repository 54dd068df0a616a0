package io.sdc.portal.finance;

import io.quarkus.qute.TemplateData;
import io.sdc.portal.api.Problem;
import io.sdc.portal.web.FormErrors;
import io.sdc.portal.web.Formats;
import io.sdc.portal.web.Reasons;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What the finance service found wrong with a file it refused (a monitoring return, a ledger export, a ledger
 * mapping), as the upload page shows it: a fault of a form field beside its field; each fault of the file in the error
 * summary and in a table by row (with the column it names); the count of each kind of fault where the service counted
 * them (a ledger export lists its first faults and counts them all); a refusal that lists nothing (a period the service
 * cannot read, a file too large, a conflict) as one line.
 *
 * @param errors    the error summary and the messages beside the form's fields
 * @param fileError the message beside the file input, when the file has faults
 * @param faults    the file's faults by row
 * @param counts    how many faults of each kind, when the service counted them
 */
@TemplateData
public record FileFaults(FormErrors errors, String fileError, List<Fault> faults, List<Count> counts) {

    private static final String COUNT = "count:";
    /** The kinds a ledger export's faults are counted by, in words. */
    private static final Map<String, String> KINDS = Map.of(
            "unmapped-code", "Rows whose cost centre and account are not in the mapping, or map to no line of the budget",
            "bad-amount", "Amounts that are not pounds and pence from 0.00 to 1000000000.00",
            "duplicate-row", "Rows repeating an earlier row's cost centre, account, transaction reference and period",
            "period-outside-year", "Rows whose month is not a month of the financial year");

    /** One fault of a refused file: its row ("Whole file" for what concerns no row), its column when named, and why. */
    @TemplateData
    public record Fault(String row, String column, String message) {
    }

    /** How many faults of one kind the file has. */
    @TemplateData
    public record Count(String kind, long count) {
    }

    public FileFaults {
        faults = List.copyOf(faults);
        counts = List.copyOf(counts);
    }

    /** Nothing wrong (a form shown for the first time). */
    public static FileFaults none() {
        return new FileFaults(FormErrors.none(), null, List.of(), List.of());
    }

    /** What the portal itself asks for before sending anything (a period, a file). */
    public static FileFaults asked(List<Problem.Violation> asked, Map<String, String> inputs, String firstInput) {
        return new FileFaults(FormErrors.of(new Problem(400, "urn:sdc:portal:form", "", "", asked), inputs, firstInput),
                null, List.of(), List.of());
    }

    /**
     * What the portal asks for before sending an upload: the period, when the form has one ({@code period} null when
     * it has none), and a file, not empty, of a type the service takes ({@code wrongType} says which).
     */
    public static List<Problem.Violation> missing(String period, FileUpload file, String select, Predicate<FileUpload> accepted,
                                                  String wrongType) {
        List<Problem.Violation> asked = new ArrayList<>();
        if (period != null && period.isEmpty()) {
            asked.add(new Problem.Violation("period", "Enter the period the return is for, such as 2015-Q3 or 2015-09"));
        }
        if (file == null || file.fileName() == null || file.fileName().isBlank()) {
            asked.add(new Problem.Violation("file", select));
        } else if (file.size() == 0) {
            asked.add(new Problem.Violation("file", "The selected file is empty"));
        } else if (!accepted.test(file)) {
            asked.add(new Problem.Violation("file", wrongType));
        }
        return asked;
    }

    /**
     * The service's refusal of a monitoring return's file (a return or a ledger export) for a period: the period and
     * the reason beside their fields, a correction's missing reason asked for in words.
     */
    public static FileFaults ofReturn(Problem refused, String fileName, Function<String, String> columnOf) {
        Problem problem = Reasons.asked(refused, "Enter the reason for the correction: the period already has a return "
                + "awaiting validation or validated");
        return refused(problem, fileName, List.of("period", "reason"), columnOf);
    }

    /**
     * The service's refusal of {@code fileName}. {@code fields} are the form's own fields (the period, the reason), shown
     * beside their inputs; every other violation is a fault of the file, named by {@code row N} or not, in the column
     * {@code columnOf} finds in its message.
     */
    public static FileFaults refused(Problem problem, String fileName, List<String> fields, Function<String, String> columnOf) {
        List<Problem.Violation> summary = new ArrayList<>();
        List<Fault> faults = new ArrayList<>();
        List<Count> counts = new ArrayList<>();
        for (Problem.Violation violation : problem.violations()) {
            String field = violation.field() == null ? "" : violation.field();
            if (fields.contains(field)) {
                summary.add(new Problem.Violation(field, Formats.capitalised(violation.message())));
            } else if (field.startsWith(COUNT)) {
                String kind = field.substring(COUNT.length());
                counts.add(new Count(KINDS.getOrDefault(kind, Formats.capitalised(kind.replace('-', ' '))), Long.parseLong(violation.message())));
            } else if (field.startsWith("row ")) {
                String row = field.substring(4);
                faults.add(new Fault(row, columnOf.apply(violation.message()), violation.message()));
                summary.add(new Problem.Violation("", "Row " + row + ": " + violation.message()));
            } else {
                faults.add(new Fault("Whole file", columnOf.apply(violation.message()), violation.message()));
                summary.add(new Problem.Violation("", "The file: " + violation.message()));
            }
        }
        Map<String, String> inputs = new LinkedHashMap<>();
        fields.forEach(field -> inputs.put(field, field));
        FormErrors errors;
        if (problem.isStale()) {
            errors = FormErrors.of(problem, inputs, "file");
        } else if (summary.isEmpty()) {
            String input = problem.status() == 413 || !problem.message().toLowerCase(Locale.UK).contains("period")
                    || !fields.contains("period") ? "file" : "period";
            errors = FormErrors.of(input, Formats.capitalised(problem.message()));
        } else {
            errors = FormErrors.of(new Problem(problem.status(), problem.type(), problem.title(), problem.detail(), summary), inputs, "file");
        }
        long total = counts.isEmpty() ? faults.size() : counts.stream().mapToLong(Count::count).sum();
        String fileError = faults.isEmpty() ? null
                : "The file " + fileName + " has " + (total == 1 ? "1 fault" : total + " faults")
                + (faults.size() < total ? ", the first listed below" : ", listed below")
                + ". Nothing was imported: correct the file and upload it again.";
        return new FileFaults(errors, fileError, faults, counts);
    }

    /** The message beside the file input: the file's faults, else what the summary says of the file. */
    public String fileMessage() {
        return fileError != null ? fileError : errors.has("file") ? errors.get("file") : null;
    }

    /** The column a fault names: one of {@code columns} its message starts with ("actual_to_date must be…"), else none. */
    static Function<String, String> startingColumn(List<String> columns) {
        return message -> message == null ? "" : columns.stream().filter(message::startsWith).findFirst().orElse("");
    }
}
