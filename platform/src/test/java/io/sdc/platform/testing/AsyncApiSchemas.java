package io.sdc.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Set;

/** The message schemas of the service's AsyncAPI document, to check published events against. */
public final class AsyncApiSchemas {

    private final ObjectMapper objectMapper = new ObjectMapper();
    private final JsonNode document;

    /** The document of the service under test. */
    public AsyncApiSchemas() throws IOException {
        try (InputStream yaml = getClass().getResourceAsStream("/META-INF/resources/asyncapi.yaml")) {
            document = new YAMLMapper().readTree(yaml);
        }
    }

    /** Another service's document, e.g. a producer's whose events a consumer's test simulates. */
    public AsyncApiSchemas(java.nio.file.Path document) throws IOException {
        this.document = new YAMLMapper().readTree(document.toFile());
    }

    public JsonNode document() {
        return document;
    }

    /** What is wrong with an encoded event, measured against the schema of the message of its type. */
    public Set<ValidationMessage> problems(JsonNode event) {
        ObjectNode schema = document.deepCopy();
        schema.put("$ref", "#/components/messages/" + messageKey(event.path("type").asText()) + "/payload");
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema).validate(event);
    }

    public Set<ValidationMessage> problems(String event) throws IOException {
        return problems(objectMapper.readTree(event));
    }

    private String messageKey(String eventType) {
        for (Iterator<String> keys = document.at("/components/messages").fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (document.at("/components/messages/" + key + "/name").asText().equals(eventType)) {
                return key;
            }
        }
        throw new AssertionError("The AsyncAPI document has no message for " + eventType);
    }
}
