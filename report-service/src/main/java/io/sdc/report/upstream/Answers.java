package io.sdc.report.upstream;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.UUID;

/** Reading the fields of a service's JSON answer: a field absent or null is none. */
public final class Answers {

    private Answers() {
    }

    public static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    public static LocalDate date(JsonNode node, String field) {
        String text = text(node, field);
        return text == null ? null : LocalDate.parse(text);
    }

    public static UUID uuid(JsonNode node, String field) {
        String text = text(node, field);
        return text == null ? null : UUID.fromString(text);
    }
}
