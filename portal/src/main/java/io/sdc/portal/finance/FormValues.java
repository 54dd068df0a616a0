package io.sdc.portal.finance;

import io.quarkus.qute.TemplateData;

import java.util.HashMap;
import java.util.Map;

/**
 * What the person typed into a form, shown again when the form is refused: {@code {form.get('line-code')}}. An input
 * never typed reads as empty.
 */
@TemplateData
public final class FormValues {

    private final Map<String, String> values = new HashMap<>();

    static FormValues empty() {
        return new FormValues();
    }

    FormValues with(String input, String value) {
        values.put(input, value == null ? "" : value);
        return this;
    }

    public String get(String input) {
        return values.getOrDefault(input, "");
    }

    /** Whether a checkbox was ticked. */
    public boolean ticked(String input) {
        String value = values.get(input);
        return value != null && !value.isBlank() && !"false".equals(value);
    }

    /** Whether an option of radios or a select is the one chosen. */
    public boolean chose(String input, String option) {
        return option != null && option.equals(values.get(input));
    }
}
