package io.sdc.portal.web;

import io.quarkus.qute.TemplateData;
import io.sdc.portal.api.Problem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a form shows after a refusal, as the design system's "recover from validation errors" pattern asks: an error
 * summary at the top linking to each field, and each field's message beside it. Built from the service's problem
 * (its violations, named by the API's field paths, mapped to the form's inputs), so the rules stay the service's.
 */
@TemplateData
public final class FormErrors {

    /** The id of what a change form's page shows as it is now, beside the form. */
    public static final String CURRENT_STATE = "current-state";

    private final List<Item> summary;
    private final Map<String, String> byInput;
    private final boolean stale;

    private FormErrors(List<Item> summary, Map<String, String> byInput, boolean stale) {
        this.summary = summary;
        this.byInput = byInput;
        this.stale = stale;
    }

    public static FormErrors none() {
        return new FormErrors(List.of(), Map.of(), false);
    }

    /** One message for one input, for what the portal itself must ask for (e.g. a file to upload). */
    public static FormErrors of(String input, String message) {
        return new FormErrors(List.of(new Item(message, "#" + input)), Map.of(input, message), false);
    }

    /**
     * The service's refusal: each violation beside the input its field maps to ({@code inputs}: API field path →
     * input id; a path not listed is matched by its last segment, then by its first), and in the summary; a refusal
     * without violations (a conflict, a step not allowed) is one summary line, linked to {@code firstInput}.
     */
    public static FormErrors of(Problem problem, Map<String, String> inputs, String firstInput) {
        List<Item> summary = new ArrayList<>();
        Map<String, String> byInput = new LinkedHashMap<>();
        if (problem.isStale()) {
            summary.add(new Item("Someone changed this since you opened it. Check its current state on this page, then try again.",
                    firstInput == null ? null : "#" + firstInput));
            return new FormErrors(summary, byInput, true);
        }
        for (Problem.Violation violation : problem.violations()) {
            String input = inputFor(violation.field(), inputs);
            String message = sentence(violation.field(), violation.message(), input != null);
            summary.add(new Item(message, "#" + (input != null ? input : firstInput)));
            if (input != null) {
                byInput.merge(input, message, (first, second) -> first + " " + second);
            }
        }
        if (summary.isEmpty()) {
            summary.add(new Item(problem.message(), firstInput == null ? null : "#" + firstInput));
        }
        return new FormErrors(summary, byInput, false);
    }

    /**
     * The service's refusal of a change to what the form's page shows as it is now (the element {@value #CURRENT_STATE}):
     * as {@link #of(Problem, Map, String)}, except that a refusal for a stale ETag links to what it changes as it is now.
     */
    public static FormErrors ofChange(Problem problem, Map<String, String> inputs, String firstInput) {
        return of(problem, inputs, problem.isStale() ? CURRENT_STATE : firstInput);
    }

    private static String inputFor(String field, Map<String, String> inputs) {
        if (field == null || field.isBlank()) {
            return null;
        }
        if (inputs.containsKey(field)) {
            return inputs.get(field);
        }
        String[] parts = field.split("[.\\[\\]]+");
        String last = parts[parts.length - 1];
        if (inputs.containsKey(last)) {
            return inputs.get(last);
        }
        return inputs.get(parts[0]);
    }

    /** "must not be blank" on {@code title} reads "Title must not be blank"; a message that is a sentence stays. */
    private static String sentence(String field, String message, boolean mapped) {
        if (message == null || message.isBlank()) {
            return "Check " + field;
        }
        if (Character.isUpperCase(message.charAt(0))) {
            return message;
        }
        String name = field == null || field.isBlank() ? "This" : humanise(field);
        return name + " " + message;
    }

    static String humanise(String field) {
        String[] parts = field.split("[.\\[\\]]+");
        return Formats.fieldWords(parts[parts.length - 1]);
    }

    public boolean any() {
        return !summary.isEmpty();
    }

    public List<Item> summary() {
        return summary;
    }

    /** Every message of the summary in one sentence, for a form with a single question. */
    public String text() {
        return String.join(" ", summary.stream().map(Item::text).toList());
    }

    /** Whether the refusal was a stale {@code If-Match}: the page then shows the resource as it is now. */
    public boolean stale() {
        return stale;
    }

    public boolean has(String input) {
        return byInput.containsKey(input);
    }

    /** The message beside an input, or the empty string. */
    public String get(String input) {
        return byInput.getOrDefault(input, "");
    }

    @TemplateData
    public record Item(String text, String href) {
    }
}
