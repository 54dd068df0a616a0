package io.sdc.endtoend;

import com.sun.net.httpserver.HttpServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;

/**
 * A minimal OpenTelemetry collector for tests: answers OTLP/HTTP trace exports ({@code POST /v1/traces}, protobuf)
 * on a free port and keeps each exported span's service, trace id, name, kind and string attributes. Reads the few
 * protobuf fields it needs itself (opentelemetry-proto's ExportTraceServiceRequest), so it needs no library.
 */
final class OtlpReceiver implements AutoCloseable {

    /** One exported span. {@code kind} is OTLP's SpanKind: 2 server, 3 client, 4 producer, 5 consumer. */
    record ExportedSpan(String service, String traceId, String spanId, String parentSpanId, String name, int kind,
                        Map<String, String> attributes) {
    }

    static final int SERVER = 2;
    static final int PRODUCER = 4;
    static final int CONSUMER = 5;

    private final HttpServer server;
    private final List<ExportedSpan> spans = new CopyOnWriteArrayList<>();

    OtlpReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/v1/traces", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                byte[] bytes = body.readAllBytes();
                if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                    bytes = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes)).readAllBytes();
                }
                spans.addAll(exportRequest(bytes));
                exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
                exchange.sendResponseHeaders(200, -1);
            } catch (RuntimeException unreadable) {
                exchange.sendResponseHeaders(400, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    /** Where services export to, e.g. {@code http://localhost:40123} (they append {@code /v1/traces}). */
    String endpoint() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    List<ExportedSpan> spans() {
        return List.copyOf(spans);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    // ExportTraceServiceRequest: 1 resource_spans; ResourceSpans: 1 resource, 2 scope_spans; Resource: 1 attributes;
    // ScopeSpans: 2 spans; Span: 1 trace_id, 2 span_id, 4 parent_span_id, 5 name, 6 kind, 9 attributes;
    // KeyValue: 1 key, 2 value; AnyValue: 1 string_value.
    static List<ExportedSpan> exportRequest(byte[] message) {
        List<ExportedSpan> found = new ArrayList<>();
        for (Field resourceSpans : fields(message)) {
            if (resourceSpans.number != 1) {
                continue;
            }
            String service = "";
            List<byte[]> spanMessages = new ArrayList<>();
            for (Field field : fields(resourceSpans.bytes)) {
                if (field.number == 1) {
                    service = attributes(field.bytes, 1).getOrDefault("service.name", "");
                } else if (field.number == 2) {
                    fields(field.bytes).stream().filter(span -> span.number == 2).forEach(span -> spanMessages.add(span.bytes));
                }
            }
            for (byte[] span : spanMessages) {
                found.add(span(service, span));
            }
        }
        return found;
    }

    private static ExportedSpan span(String service, byte[] message) {
        String traceId = "";
        String spanId = "";
        String parent = "";
        String name = "";
        int kind = 0;
        for (Field field : fields(message)) {
            switch (field.number) {
                case 1 -> traceId = HexFormat.of().formatHex(field.bytes);
                case 2 -> spanId = HexFormat.of().formatHex(field.bytes);
                case 4 -> parent = HexFormat.of().formatHex(field.bytes);
                case 5 -> name = new String(field.bytes, StandardCharsets.UTF_8);
                case 6 -> kind = (int) field.varint;
                default -> {
                }
            }
        }
        return new ExportedSpan(service, traceId, spanId, parent, name, kind, attributes(message, 9));
    }

    /** The string-valued KeyValue attributes held in the given field of a message. */
    private static Map<String, String> attributes(byte[] message, int fieldNumber) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (Field field : fields(message)) {
            if (field.number != fieldNumber || field.bytes == null) {
                continue;
            }
            String key = null;
            String value = null;
            for (Field part : fields(field.bytes)) {
                if (part.number == 1) {
                    key = new String(part.bytes, StandardCharsets.UTF_8);
                } else if (part.number == 2) {
                    for (Field any : fields(part.bytes)) {
                        if (any.number == 1) {
                            value = new String(any.bytes, StandardCharsets.UTF_8);
                        }
                    }
                }
            }
            if (key != null && value != null) {
                attributes.put(key, value);
            }
        }
        return attributes;
    }

    private record Field(int number, long varint, byte[] bytes) {
    }

    /** The top-level fields of a protobuf message (wire types varint, 64-bit, length-delimited and 32-bit). */
    private static List<Field> fields(byte[] message) {
        List<Field> fields = new ArrayList<>();
        int[] at = {0};
        while (at[0] < message.length) {
            long tag = varint(message, at);
            int number = (int) (tag >>> 3);
            switch ((int) (tag & 7)) {
                case 0 -> fields.add(new Field(number, varint(message, at), null));
                case 1 -> at[0] += 8;
                case 2 -> {
                    int length = (int) varint(message, at);
                    ByteArrayOutputStream copy = new ByteArrayOutputStream(length);
                    copy.write(message, at[0], length);
                    at[0] += length;
                    fields.add(new Field(number, 0, copy.toByteArray()));
                }
                case 5 -> at[0] += 4;
                default -> throw new IllegalArgumentException("Unsupported protobuf wire type in tag " + tag);
            }
        }
        return fields;
    }

    private static long varint(byte[] message, int[] at) {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            byte b = message[at[0]++];
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IllegalArgumentException("Malformed varint");
    }
}
