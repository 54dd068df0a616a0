package io.sdc.portal.changerequest;

import io.sdc.portal.api.Problem;
import io.sdc.portal.web.FormErrors;
import io.sdc.portal.web.Reasons;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The API's refusals in the words of the change request forms: each violation named by the form's label ("Budget
 * line must not be blank" rather than "line", "Enter the effective date" rather than "must not be null"). What the
 * API says is kept; only the field's name changes.
 */
final class FieldNames {

    /** A form's field: the API's field path, the id of the input it is typed in, and the form's label for it. */
    private record Field(String path, String input, String label) {
    }

    /** Every field of the change request forms, in the order the forms show them, which the error summary follows. */
    private static final List<Field> FIELDS = List.of(
            new Field("type", "type", "Kind of change"),
            new Field("title", "title", "Title"),
            new Field("rationale", "rationale", "Rationale"),
            new Field("effectiveDate", "effective-date-day", "Effective date"),
            new Field("serviceArea", "service-area-code", "Service area"),
            new Field("serviceArea.code", "service-area-code", "Service area code"),
            new Field("serviceArea.name", "service-area-name", "Service area name"),
            new Field("basketVersionId", "basket-version-id", "Proposed basket version"),
            new Field("budget", "budget-financial-year", "Budget"),
            new Field("budget.financialYear", "budget-financial-year", "Financial year"),
            new Field("budget.line", "budget-line", "Budget line"),
            new Field("budget.amount", "budget-amount", "Amount"),
            new Field("financialImpact", "financial-impact", "Estimated financial impact"),
            new Field("requiresStatutoryDirection", "requires-statutory-direction", "Statutory direction"),
            new Field("reason", "reason", "Reason"),
            new Field("position", "position", "Your position"),
            new Field("signedOn", "position", "Date signed"),
            new Field("annualReviewId", "annual-review", "Annual contract review"),
            new Field("reference", "reference", "Reference of the further statutory direction"),
            new Field("comment", "comment", "Comment"));

    /** API field path → the form's input id, for the error summary and the messages beside the fields. */
    private static final Map<String, String> INPUTS = FIELDS.stream()
            .collect(Collectors.toMap(Field::path, Field::input));

    private static final Map<String, String> LABELS = FIELDS.stream()
            .collect(Collectors.toMap(Field::path, Field::label));

    private static final List<String> ORDER = FIELDS.stream().map(Field::path).toList();

    private static final List<String> DATES = List.of("effectiveDate");

    private FieldNames() {
    }

    /**
     * A form's refusal as its error summary and messages, in the form's words; {@code firstInput} for one naming no
     * field, the change request as it is now for a stale one.
     */
    static FormErrors errors(Problem problem, String firstInput) {
        return FormErrors.ofChange(named(Reasons.asked(problem, "Enter the reason: it is kept with the step and in the audit history")),
                INPUTS, firstInput);
    }

    static Problem named(Problem problem) {
        return new Problem(problem.status(), problem.type(), problem.title(), problem.detail(),
                problem.violations().stream()
                        .sorted(Comparator.comparingInt(violation -> position(violation.field())))
                        .map(FieldNames::named).toList());
    }

    private static int position(String field) {
        int at = ORDER.indexOf(field);
        return at < 0 ? ORDER.size() : at;
    }

    private static Problem.Violation named(Problem.Violation violation) {
        String label = LABELS.get(violation.field());
        String message = violation.message();
        if (label == null || message == null || message.isBlank() || Character.isUpperCase(message.charAt(0))) {
            return violation;
        }
        if (message.equals("must not be blank") || message.equals("must not be null")) {
            return new Problem.Violation(violation.field(), "Enter " + lowerFirst(label));
        }
        if (message.equals("has the wrong type or format") && DATES.contains(violation.field())) {
            return new Problem.Violation(violation.field(), label + " must be a real date, for example 1 4 2016");
        }
        return new Problem.Violation(violation.field(), label + " " + message);
    }

    private static String lowerFirst(String label) {
        return label.startsWith("Who ") ? label.toLowerCase(Locale.UK)
                : "the " + Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }
}
