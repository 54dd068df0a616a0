package io.sdc.platform.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.specification.RequestSpecification;
import io.sdc.platform.events.CloudEventCodec;
import io.sdc.platform.events.EventEnvelope;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;

/** What the consuming services' tests share: calls in a role, and other services' events put on their topics. */
public final class TestEvents {

    private TestEvents() {
    }

    /** A JSON call as a user named after the role, e.g. {@code commissioner.user}. */
    public static RequestSpecification as(String role) {
        return given().auth().oauth2(TestTokens.forUser(role + ".user", role)).contentType("application/json");
    }

    /** The seed's contract as contract-service announces its registration (commenced 1 October 2014). */
    public static EventEnvelope contractRegistered(ObjectMapper objectMapper, UUID id) {
        ObjectNode data = objectMapper.createObjectNode()
                .put("id", id.toString()).put("reference", "DCST-" + id.toString().substring(0, 8))
                .put("title", "Service Delivery Contract for Children's Social Care")
                .put("commencementDate", "2014-10-01").put("expiryDate", "2024-09-30")
                .put("contractYearStart", "--10-01").put("financialYearStart", "--04-01")
                .put("status", "ACTIVE").put("version", 1);
        data.putArray("statutoryDirections");
        data.putArray("scope");
        data.putObject("commissioner").put("name", "Doncaster Metropolitan Borough Council");
        data.putObject("provider").put("name", "Doncaster Children's Services Trust");
        return new EventEnvelope(UUID.randomUUID(), "contract.registered", "contract-service", id.toString(), Instant.now(), 1, data);
    }

    /**
     * Announces the seed's contract as contract-service would, and waits until the service under test knows it:
     * until an auditor's GET of {@code probe} (a path with {@code %s} for the contract id) answers 200.
     */
    public static UUID knownContract(Producer<String, String> producer, CloudEventCodec codec, ObjectMapper objectMapper,
                                     String probe) throws Exception {
        UUID id = UUID.randomUUID();
        publish(producer, codec, contractRegistered(objectMapper, id));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() ->
                as(io.sdc.platform.security.Roles.AUDITOR).get(probe.formatted(id)).statusCode() == 200);
        return id;
    }

    /** Puts an event on its producer's topic ({@code contract.events} for {@code contract.*}), keyed by its contract. */
    public static void publish(Producer<String, String> producer, CloudEventCodec codec, EventEnvelope event) throws Exception {
        String topic = event.type().substring(0, event.type().indexOf('.')) + ".events";
        producer.send(new ProducerRecord<>(topic, event.subject(), codec.encode(event))).get(30, TimeUnit.SECONDS);
    }
}
