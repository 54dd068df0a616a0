package io.sdc.portal.changerequest;

import io.sdc.portal.api.Problem;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The API's refusals in the words of the change request forms: each violation named by the form's label ("Budget
 * line must not be blank" rather than "line", "Enter the effective date" rather than "must not be null"). What the
 * API says is kept; only the field's name changes.
 */
final class FieldNames {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("type", "Kind of change"),
            Map.entry("title", "Title"),
            Map.entry("rationale", "Rationale"),
            Map.entry("effectiveDate", "Effective date"),
            Map.entry("financialImpact", "Estimated financial impact"),
            Map.entry("requiresStatutoryDirection", "Statutory direction"),
            Map.entry("serviceArea", "Service area"),
            Map.entry("serviceArea.code", "Service area code"),
            Map.entry("serviceArea.name", "Service area name"),
            Map.entry("basketVersionId", "Proposed basket version"),
            Map.entry("budget", "Budget"),
            Map.entry("budget.financialYear", "Financial year"),
            Map.entry("budget.line", "Budget line"),
            Map.entry("budget.amount", "Amount"),
            Map.entry("comment", "Comment"),
            Map.entry("agreedOn", "Date agreed"),
            Map.entry("commissionerSignatory", "Who agreed for the council"),
            Map.entry("providerSignatory", "Who agreed for the trust"),
            Map.entry("annualReviewId", "Annual contract review"),
            Map.entry("reference", "Reference of the further statutory direction"));

    /** The order the forms show their fields in, which the error summary follows. */
    private static final List<String> ORDER = List.of("type", "title", "rationale", "effectiveDate", "serviceArea",
            "serviceArea.code", "serviceArea.name", "basketVersionId", "budget", "budget.financialYear", "budget.line",
            "budget.amount", "financialImpact", "requiresStatutoryDirection", "agreedOn", "commissionerSignatory",
            "providerSignatory", "annualReviewId", "reference", "comment");

    private static final List<String> DATES = List.of("effectiveDate", "agreedOn");

    private FieldNames() {
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
