package io.sdc.report.upstream;

import com.fasterxml.jackson.databind.JsonNode;
import io.sdc.platform.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** Reading the fields of a service's JSON answer: a field absent or null is none. */
public final class Answers {

    private Answers() {
    }

    public static String text(JsonNode node, String field) {
        return present(node, field, JsonNode::asText);
    }

    public static LocalDate date(JsonNode node, String field) {
        return present(node, field, value -> LocalDate.parse(value.asText()));
    }

    public static UUID uuid(JsonNode node, String field) {
        return present(node, field, value -> UUID.fromString(value.asText()));
    }

    /** A figure written as a JSON number or as text; none for anything else. */
    public static BigDecimal decimal(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isNumber()) {
            return value.decimalValue();
        }
        return value.isTextual() ? new BigDecimal(value.asText()) : null;
    }

    public static Integer integer(JsonNode node, String field) {
        return present(node, field, JsonNode::asInt);
    }

    /** An amount as the services write money: pounds and pence ({@code "348000.00"}). */
    public static Money amount(JsonNode node, String field) {
        return present(node, field, value -> Money.of(value.asText()));
    }

    /** Each element of a JSON array, read by {@code each}, in order (an empty list for a field absent). */
    public static <T> List<T> list(JsonNode array, Function<JsonNode, T> each) {
        List<T> items = new ArrayList<>();
        array.forEach(node -> items.add(each.apply(node)));
        return items;
    }

    /** The field read by {@code as}, or none when it is absent or null. */
    private static <T> T present(JsonNode node, String field, Function<JsonNode, T> as) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : as.apply(value);
    }
}
