package io.sdc.portal.audit;

import io.sdc.portal.web.Formats;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the values of an audit record for people: a nested value (an object, a list) becomes one line per leaf,
 * named by its path ("Steps 2 › Actor"), so that a change deep inside a resource shows exactly what moved.
 */
final class AuditValues {

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private AuditValues() {
    }

    /** Every leaf of a value under its field's name, in order: path → text ("" for null or absent). */
    static Map<String, String> leaves(String field, JsonNode value) {
        Map<String, String> leaves = new LinkedHashMap<>();
        collect(field, value, leaves);
        return leaves;
    }

    private static void collect(String path, JsonNode value, Map<String, String> leaves) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            leaves.put(path, "");
        } else if (value.isObject()) {
            if (value.isEmpty()) {
                leaves.put(path, "(none)");
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                collect(path + "." + field.getKey(), field.getValue(), leaves);
            }
        } else if (value.isArray()) {
            if (value.isEmpty()) {
                leaves.put(path, "(none)");
            }
            for (int i = 0; i < value.size(); i++) {
                collect(path + "[" + (i + 1) + "]", value.get(i), leaves);
            }
        } else if (value.isBoolean()) {
            leaves.put(path, value.booleanValue() ? "Yes" : "No");
        } else if (value.isTextual() && embeddedJson(value.asText()) != null) {
            collect(path, embeddedJson(value.asText()), leaves);
        } else {
            leaves.put(path, value.asText());
        }
    }

    /** A text field that holds a JSON document (e.g. an outturn's workings), read as one; otherwise null. */
    private static JsonNode embeddedJson(String text) {
        String trimmed = text.strip();
        if (!(trimmed.startsWith("{") && trimmed.endsWith("}")) && !(trimmed.startsWith("[") && trimmed.endsWith("]"))) {
            return null;
        }
        try {
            return JSON.readTree(trimmed);
        } catch (java.io.IOException notJson) {
            return null;
        }
    }

    /** A path such as {@code steps[2].actor} as "Steps 2 › Actor". */
    static String label(String path) {
        StringBuilder label = new StringBuilder();
        for (String part : path.split("\\.")) {
            String name = part;
            String index = "";
            int bracket = part.indexOf('[');
            if (bracket >= 0) {
                name = part.substring(0, bracket);
                index = part.substring(bracket).replace("][", " ").replace("[", " ").replace("]", "");
            }
            if (label.length() > 0) {
                label.append(" › ");
            }
            label.append(Formats.fieldWords(name)).append(index);
        }
        return label.toString();
    }
}
