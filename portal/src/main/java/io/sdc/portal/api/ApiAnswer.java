package io.sdc.portal.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a service answered: its status, its {@code ETag} and its JSON body. A refusal's body is an RFC 9457 problem,
 * read by {@link #problem()}. {@link #data()} gives the body as maps and lists, which templates read directly.
 */
public final class ApiAnswer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int status;
    private final Optional<String> etag;
    private final String contentType;
    private final JsonNode body;
    private final byte[] bytes;
    private final java.net.http.HttpHeaders headers;

    ApiAnswer(int status, Optional<String> etag, String contentType, JsonNode body) {
        this(status, etag, contentType, body, new byte[0], java.net.http.HttpHeaders.of(Map.of(), (name, value) -> true));
    }

    ApiAnswer(int status, Optional<String> etag, String contentType, JsonNode body, byte[] bytes, java.net.http.HttpHeaders headers) {
        this.status = status;
        this.etag = etag;
        this.contentType = contentType;
        this.body = body == null ? MissingNode.getInstance() : body;
        this.bytes = bytes == null ? new byte[0] : bytes;
        this.headers = headers;
    }

    public int status() {
        return status;
    }

    public boolean succeeded() {
        return status >= 200 && status < 300;
    }

    /** The resource's entity tag, to send back as {@code If-Match} with the next change. */
    public Optional<String> etag() {
        return etag;
    }

    public String contentType() {
        return contentType;
    }

    /** The body exactly as the service sent it, e.g. a PDF to pass on to the browser. */
    public byte[] bytes() {
        return bytes;
    }

    /** One of the answer's headers, e.g. {@code Content-Disposition}. */
    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    public JsonNode json() {
        return body;
    }

    /** The body as {@code Map}s, {@code List}s, strings, numbers and booleans (numbers exactly as sent). */
    public Object data() {
        return toData(body);
    }

    /** The body as a map (an empty one if it is not an object). */
    @SuppressWarnings("unchecked")
    public Map<String, Object> object() {
        Object data = data();
        return data instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    /** The body as a list (an empty one if it is not an array). */
    @SuppressWarnings("unchecked")
    public List<Object> list() {
        Object data = data();
        return data instanceof List<?> list ? (List<Object>) list : List.of();
    }

    /** The objects of a list in a body's data ({@link #data()}, {@link #list()} or a field of either) as maps; anything else none. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> maps(Object list) {
        List<Map<String, Object>> maps = new ArrayList<>();
        if (list instanceof List<?> elements) {
            for (Object element : elements) {
                if (element instanceof Map<?, ?> map) {
                    maps.add((Map<String, Object>) map);
                }
            }
        }
        return maps;
    }

    /** This answer when the service succeeded; otherwise the error page for its refusal (not found, not allowed...). */
    public ApiAnswer orRefuse() {
        return ApiRefusal.orRefuse(this);
    }

    /**
     * Before a form is shown again beside this refusal: a refusal that is not about the form (not signed in, not
     * allowed, not found) is its error page instead.
     */
    public ApiAnswer aboutForm() {
        if (status == 401 || status == 403 || status == 404) {
            orRefuse();
        }
        return this;
    }

    /** The status of a form shown again beside this refusal: the service's, or 502 when the service failed. */
    public int formStatus() {
        return status >= 500 ? 502 : status;
    }

    /** Whether a form shown again must carry the ETag read now: the one it sent was stale (412) or missing (428). */
    public boolean wantsCurrentEtag() {
        return status == 412 || status == 428;
    }

    /** The answer's problem, when the service refused the request. */
    public Optional<Problem> problem() {
        if (succeeded()) {
            return Optional.empty();
        }
        Problem problem = Problem.read(body);
        return Optional.of(new Problem(status, problem.type(), problem.title(), problem.detail(), problem.violations()));
    }

    /** Converts JSON to maps and lists for templates; numbers stay exact (as their decimal text). */
    static Object toData(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (node.isObject()) {
            Map<String, Object> map = new java.util.LinkedHashMap<>();
            node.fields().forEachRemaining(field -> map.put(field.getKey(), toData(field.getValue())));
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            node.forEach(element -> list.add(toData(element)));
            return list;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        return node.asText();
    }

    static JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException notJson) {
            return MissingNode.getInstance();
        }
    }
}
