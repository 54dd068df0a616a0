package io.sdc.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/**
 * Walks a service's OpenAPI document as a hostile or merely unlucky client would, and lists every answer that is a
 * server error (or, for input that can never be stored, a success). It first creates what it can from the
 * documented examples, so that later calls reach real resources rather than stopping at a 404; then, for every
 * operation: a malformed 36-character id in each path parameter, a NUL character in each query parameter and in
 * every text field of the body, text of 100,000 characters, dates in the years 0000 and 9999, numbers far beyond
 * any column, and the documented example sent four times at once.
 */
final class HostileInputWalk {

    static final String MALFORMED_ID = "zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz";
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final int CONCURRENT_COPIES = 4;

    private final ObjectMapper json = new ObjectMapper();
    private final JsonNode document;
    private final String token;
    private final Map<String, String> ids = new HashMap<>();
    private final List<String> wrong = new ArrayList<>();
    private int requests;

    HostileInputWalk(String openApiJson, String token) throws Exception {
        this.document = json.readTree(openApiJson);
        this.token = token;
    }

    /** The answers that were wrong, one line each. */
    List<String> walk() throws Exception {
        List<Operation> operations = operations();
        createFromExamples(operations);
        ExecutorService callers = Executors.newFixedThreadPool(CONCURRENT_COPIES);
        try {
            for (Operation operation : operations) {
                malformedIds(operation);
                nulInQuery(operation);
                if (operation.body() != null) {
                    bodyWith(operation, "a NUL character in every text field", text -> "before\u0000after", true);
                    bodyWith(operation, "100,000 characters in every text field", text -> "x".repeat(100_000), false);
                    datesOutOfRange(operation);
                    numbersBeyondAnyColumn(operation);
                    concurrentCopies(operation, callers);
                }
            }
        } finally {
            callers.shutdownNow();
            callers.awaitTermination(30, TimeUnit.SECONDS);
        }
        return wrong;
    }

    int requests() {
        return requests;
    }

    /** What the walk created from the documented examples, by collection. */
    Map<String, String> created() {
        return ids;
    }

    record Operation(String method, String template, JsonNode details, ObjectNode body, String mediaType) {
        String name() {
            return method.toUpperCase() + " " + template;
        }

        int parameters() {
            return (int) PARAMETER.matcher(template).results().count();
        }
    }

    private List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (!List.of("get", "post", "put", "patch", "delete").contains(method.getKey())) {
                    continue;
                }
                JsonNode content = method.getValue().path("requestBody").path("content");
                String mediaType = content.fieldNames().hasNext() ? content.fieldNames().next() : null;
                ObjectNode body = null;
                if (mediaType != null && mediaType.contains("json")) {
                    JsonNode example = exampleOf(content.path(mediaType).path("schema"), 0);
                    body = example instanceof ObjectNode object ? object : JsonNodeFactory.instance.objectNode();
                }
                operations.add(new Operation(method.getKey(), path.getKey(), method.getValue(), body, mediaType));
            }
        }
        // Creates first and those that need fewer ids first, so that later ones find what earlier ones made.
        operations.sort(Comparator.comparingInt(Operation::parameters)
                .thenComparing(operation -> operation.method().equals("post") ? 0 : 1)
                .thenComparing(Operation::template));
        return operations;
    }

    private void createFromExamples(List<Operation> operations) {
        for (int pass = 0; pass < 2; pass++) {
            for (Operation operation : operations) {
                if (!operation.method().equals("post") || operation.body() == null) {
                    continue;
                }
                String collection = lastLiteralSegment(operation.template());
                if (collection == null || ids.containsKey(collection) || operation.template().endsWith("}")) {
                    continue;
                }
                Response created = call(operation, concrete(operation.template(), null), operation.body().deepCopy(), withTag(operation));
                if (created.statusCode() >= 500) {
                    wrong.add(operation.name() + " with its documented example answered " + created.statusCode() + " " + created.asString());
                }
                if (created.statusCode() == 201 || created.statusCode() == 200) {
                    Object id = created.jsonPath().get("id");
                    if (id != null) {
                        ids.put(collection, id.toString());
                    }
                }
            }
        }
    }

    private void malformedIds(Operation operation) {
        Matcher parameters = PARAMETER.matcher(operation.template());
        while (parameters.find()) {
            String name = parameters.group(1);
            String path = concrete(operation.template(), name);
            Response answer = call(operation, path, operation.body(), Map.of("If-Match", "\"0\""));
            if (answer.statusCode() >= 500 || answer.statusCode() / 100 == 2) {
                wrong.add(operation.name() + " with {" + name + "} = " + MALFORMED_ID + " answered " + answer.statusCode()
                        + " " + answer.asString());
            }
        }
    }

    private void nulInQuery(Operation operation) {
        for (JsonNode parameter : operation.details().path("parameters")) {
            if (!"query".equals(parameter.path("in").asText())) {
                continue;
            }
            String name = parameter.path("name").asText();
            Response answer = request(operation.mediaType()).queryParam(name, "before\u0000after")
                    .body(bodyText(operation, operation.body())).when()
                    .request(operation.method().toUpperCase(), concrete(operation.template(), null)).thenReturn();
            requests++;
            if (answer.statusCode() != 400) {
                wrong.add(operation.name() + " with a NUL character in query parameter '" + name + "' answered "
                        + answer.statusCode() + ", expected 400");
            }
            String outOfRange = name.toLowerCase(java.util.Locale.ROOT).contains("period") ? "0000-Q1"
                    : List.of("on", "from", "to", "date").contains(name) ? "9999-12-31" : null;
            if (outOfRange != null && operation.method().equals("get")) {
                Response out = request(null).queryParam(name, outOfRange).when()
                        .get(concrete(operation.template(), null)).thenReturn();
                requests++;
                if (out.statusCode() / 100 != 4) {
                    wrong.add(operation.name() + " with " + name + "=" + outOfRange + " answered " + out.statusCode() + ", expected a refusal");
                }
            }
        }
    }

    private void bodyWith(Operation operation, String what, UnaryOperator<String> text, boolean mustRefuse) {
        ObjectNode body = operation.body().deepCopy();
        boolean changed = replaceTexts(body, text);
        if (!changed) {
            return;
        }
        Response answer = call(operation, concrete(operation.template(), null), body, withTag(operation));
        if (answer.statusCode() >= 500 || (mustRefuse && answer.statusCode() / 100 == 2)) {
            wrong.add(operation.name() + " with " + what + " answered " + answer.statusCode() + " " + abbreviated(answer.asString()));
        }
    }

    private void datesOutOfRange(Operation operation) {
        for (String date : List.of("0000-01-01", "9999-12-31")) {
            ObjectNode body = operation.body().deepCopy();
            if (!replaceDates(body, date)) {
                return;
            }
            Response answer = call(operation, concrete(operation.template(), null), body, withTag(operation));
            if (answer.statusCode() >= 500 || answer.statusCode() / 100 == 2) {
                wrong.add(operation.name() + " with every date " + date + " answered " + answer.statusCode() + " "
                        + abbreviated(answer.asString()));
            }
        }
    }

    private void numbersBeyondAnyColumn(Operation operation) {
        ObjectNode body = operation.body().deepCopy();
        if (!replaceNumbers(body)) {
            return;
        }
        Response answer = call(operation, concrete(operation.template(), null), body, withTag(operation));
        if (answer.statusCode() >= 500) {
            wrong.add(operation.name() + " with numbers beyond any column answered " + answer.statusCode() + " "
                    + abbreviated(answer.asString()));
        }
    }

    private void concurrentCopies(Operation operation, ExecutorService callers) throws Exception {
        String path = concrete(operation.template(), null);
        Map<String, String> headers = withTag(operation);
        CyclicBarrier start = new CyclicBarrier(CONCURRENT_COPIES);
        List<CompletableFuture<Response>> answers = new ArrayList<>();
        for (int copy = 0; copy < CONCURRENT_COPIES; copy++) {
            answers.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return call(operation, path, operation.body().deepCopy(), headers);
            }, callers));
        }
        for (CompletableFuture<Response> answer : answers) {
            Response response = answer.get(60, TimeUnit.SECONDS);
            if (response.statusCode() >= 500) {
                wrong.add(operation.name() + " sent " + CONCURRENT_COPIES + " times at once answered " + response.statusCode()
                        + " " + abbreviated(response.asString()));
            }
        }
    }

    /** The ETag of the resource the operation changes, read from the nearest path above it that answers one. */
    private Map<String, String> withTag(Operation operation) {
        String path = concrete(operation.template(), null);
        while (path.lastIndexOf('/') > "/api/v1".length()) {
            Response read = request(null).when().get(path).thenReturn();
            requests++;
            String tag = read.header("ETag");
            if (read.statusCode() == 200 && tag != null) {
                return Map.of("If-Match", tag);
            }
            path = path.substring(0, path.lastIndexOf('/'));
        }
        return Map.of();
    }

    private Response call(Operation operation, String path, ObjectNode body, Map<String, String> headers) {
        RequestSpecification request = request(operation.mediaType()).headers(headers);
        if (operation.mediaType() != null) {
            request.body(bodyText(operation, body));
        }
        requests++;
        return request.when().request(operation.method().toUpperCase(), path).thenReturn();
    }

    private String bodyText(Operation operation, ObjectNode body) {
        if (operation.mediaType() == null) {
            return "";
        }
        if (body == null) {
            return "";
        }
        try {
            return json.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private RequestSpecification request(String mediaType) {
        RequestSpecification request = given().auth().oauth2(token).urlEncodingEnabled(true);
        if (mediaType != null) {
            request.contentType(mediaType);
        }
        return request;
    }

    /** The template with each id filled in from what was created, a random one where nothing was, or a malformed one. */
    private String concrete(String template, String malformed) {
        Matcher parameters = PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (parameters.find()) {
            String before = template.substring(0, parameters.start());
            String collection = lastLiteralSegment(before + "x");
            String value = parameters.group(1).equals(malformed) ? MALFORMED_ID
                    : ids.getOrDefault(collection, UUID.randomUUID().toString());
            parameters.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        parameters.appendTail(path);
        return path.toString();
    }

    /** The last segment of a path that is not a parameter: {@code change-requests} in /contracts/{id}/change-requests. */
    private static String lastLiteralSegment(String template) {
        String[] segments = template.split("/");
        for (int i = segments.length - 1; i >= 0; i--) {
            if (!segments[i].isEmpty() && !segments[i].startsWith("{") && !segments[i].equals("x")) {
                return segments[i];
            }
        }
        return null;
    }

    /** A body built from the schema's documented examples. */
    private JsonNode exampleOf(JsonNode schema, int depth) {
        if (depth > 6) {
            return JsonNodeFactory.instance.nullNode();
        }
        if (schema.has("example")) {
            return schema.path("example").deepCopy();
        }
        if (schema.path("examples").isArray() && !schema.path("examples").isEmpty()) {
            return schema.path("examples").path(0).deepCopy();
        }
        if (schema.has("$ref")) {
            String name = schema.path("$ref").asText().replace("#/components/schemas/", "");
            return exampleOf(document.path("components").path("schemas").path(name), depth + 1);
        }
        if (schema.has("allOf")) {
            return exampleOf(schema.path("allOf").path(0), depth + 1);
        }
        String type = schema.path("type").isArray() ? schema.path("type").path(0).asText() : schema.path("type").asText();
        switch (type) {
            case "object" -> {
                ObjectNode object = JsonNodeFactory.instance.objectNode();
                for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields(); properties.hasNext(); ) {
                    Map.Entry<String, JsonNode> property = properties.next();
                    JsonNode example = exampleOf(property.getValue(), depth + 1);
                    if (property.getKey().endsWith("Id") && example.isTextual() && !UUID_FORM.matcher(example.asText()).matches()) {
                        example = JsonNodeFactory.instance.textNode(UUID.randomUUID().toString());
                    }
                    object.set(property.getKey(), example);
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = JsonNodeFactory.instance.arrayNode();
                array.add(exampleOf(schema.path("items"), depth + 1));
                return array;
            }
            case "string" -> {
                if (schema.has("enum")) {
                    return schema.path("enum").path(0).deepCopy();
                }
                return switch (schema.path("format").asText()) {
                    case "date" -> JsonNodeFactory.instance.textNode("2016-04-01");
                    case "uuid" -> JsonNodeFactory.instance.textNode(UUID.randomUUID().toString());
                    case "date-time" -> JsonNodeFactory.instance.textNode("2016-04-01T09:00:00Z");
                    default -> JsonNodeFactory.instance.textNode("text");
                };
            }
            case "integer" -> {
                return JsonNodeFactory.instance.numberNode(1);
            }
            case "number" -> {
                return JsonNodeFactory.instance.numberNode(1.5);
            }
            case "boolean" -> {
                return JsonNodeFactory.instance.booleanNode(true);
            }
            default -> {
                return JsonNodeFactory.instance.nullNode();
            }
        }
    }

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern UUID_FORM = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");

    /** Every free-text value (not a date, id, number or enumerated code) replaced; whether there was one. */
    private static boolean replaceTexts(JsonNode node, UnaryOperator<String> text) {
        boolean changed = false;
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : iterable(object)) {
                JsonNode value = field.getValue();
                if (value.isTextual() && isText(value.asText())) {
                    object.put(field.getKey(), text.apply(value.asText()));
                    changed = true;
                } else {
                    changed |= replaceTexts(value, text);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isTextual() && isText(array.get(i).asText())) {
                    array.set(i, JsonNodeFactory.instance.textNode(text.apply(array.get(i).asText())));
                    changed = true;
                } else {
                    changed |= replaceTexts(array.get(i), text);
                }
            }
        }
        return changed;
    }

    private static boolean isText(String value) {
        return !DATE.matcher(value).matches() && !UUID_FORM.matcher(value).matches() && !DECIMAL.matcher(value).matches();
    }

    private static boolean replaceDates(JsonNode node, String date) {
        boolean changed = false;
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : iterable(object)) {
                if (field.getValue().isTextual() && DATE.matcher(field.getValue().asText()).matches()) {
                    object.put(field.getKey(), date);
                    changed = true;
                } else {
                    changed |= replaceDates(field.getValue(), date);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (JsonNode element : array) {
                changed |= replaceDates(element, date);
            }
        }
        return changed;
    }

    /** Numbers, and decimal strings such as money, made far larger than any column holds. */
    private static boolean replaceNumbers(JsonNode node) {
        boolean changed = false;
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : iterable(object)) {
                JsonNode value = field.getValue();
                if (value.isNumber()) {
                    object.put(field.getKey(), new java.math.BigDecimal("1e30"));
                    changed = true;
                } else if (value.isTextual() && DECIMAL.matcher(value.asText()).matches()) {
                    object.put(field.getKey(), value.asText().contains(".") ? "9999999999999999999999999.99" : "99999999999999999999");
                    changed = true;
                } else {
                    changed |= replaceNumbers(value);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (JsonNode element : array) {
                changed |= replaceNumbers(element);
            }
        }
        return changed;
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(ObjectNode object) {
        Map<String, JsonNode> copy = new LinkedHashMap<>();
        object.fields().forEachRemaining(field -> copy.put(field.getKey(), field.getValue()));
        return copy.entrySet();
    }

    private static String abbreviated(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
