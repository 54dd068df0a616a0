package io.sdc.platform.testing;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.sdc.platform.events.EventEnvelope;
import io.sdc.platform.events.EventOutbox;
import io.sdc.platform.events.EventsConfig;
import io.sdc.platform.events.KafkaClients;
import io.sdc.platform.events.OutboxEvent;
import io.sdc.platform.security.Roles;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionRequiredException;
import jakarta.transaction.TransactionalException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/**
 * What every service must do on its real infrastructure: migrate its own PostgreSQL database, store and read back
 * through Hibernate, publish to and consume from its Kafka topics, report readiness on both, and serve its API
 * documentation, metrics and CORS headers. Each service's test suite runs these against its own configuration.
 */
public abstract class ServiceFoundationTest {

    private static final String PORTAL_ORIGIN = "http://localhost:3000";

    @Inject
    Flyway flyway;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EventOutbox outbox;

    @Inject
    Producer<String, String> producer;

    @Inject
    KafkaClients kafkaClients;

    @Inject
    EventsConfig topics;

    @ConfigProperty(name = "quarkus.application.name")
    String serviceName;

    @Inject
    io.sdc.platform.events.CloudEventCodec codec;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper objectMapper;

    private final java.util.Optional<String> contractProbe;

    /** For a service that does not learn of contracts from contract-service's events. */
    protected ServiceFoundationTest() {
        this.contractProbe = java.util.Optional.empty();
    }

    /**
     * For a service that learns of contracts from contract-service's events: {@code contractProbe} is a path (with
     * {@code %s} for the contract's id) that answers 200 once it knows one, so the tests can announce a contract and
     * wait for it.
     */
    protected ServiceFoundationTest(String contractProbe) {
        this.contractProbe = java.util.Optional.of(contractProbe);
    }

    /** The database the service owns, named after the service: {@code contract} for contract-service. */
    private String ownDatabase() {
        return serviceName.replaceFirst("-service$", "");
    }

    private java.util.Optional<String> contractProbe() {
        return contractProbe;
    }

    @Test
    void migratesItsOwnDatabaseWithFlyway() throws Exception {
        MigrationInfo[] applied = flyway.info().applied();
        assertThat(applied).isNotEmpty();
        assertThat(Stream.of(applied).map(MigrationInfo::getScript)).anyMatch(script -> script.endsWith("V1__event_outbox.sql"));

        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT current_database(), version()")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo(ownDatabase());
            assertThat(row.getString(2)).startsWith("PostgreSQL");
        }
    }

    @Test
    void storesAndReadsBackThroughHibernateInItsOwnTransaction() {
        EventEnvelope event = sampleEvent("foundation.round-trip");
        Long sequenceNumber = QuarkusTransaction.requiringNew().call(() -> outbox.append(event).sequenceNumber());

        OutboxEvent stored = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>findById(sequenceNumber));
        assertThat(stored.eventId()).isEqualTo(event.id());
        assertThat(stored.subject()).isEqualTo(event.subject());
        assertThat(stored.occurredAt()).isEqualTo(event.time());
        assertThat(stored.data()).contains("\"reference\"");
        assertThat(stored.publishedAt()).isNull();
    }

    @Test
    void refusesToStoreAnEventOutsideATransaction() {
        assertThatThrownBy(() -> outbox.append(sampleEvent("foundation.no-transaction")))
                .isInstanceOf(TransactionalException.class)
                .hasRootCauseInstanceOf(TransactionRequiredException.class);
    }

    @Test
    void keepsTheTraceContextOfTheTransactionThatWroteAnEvent() {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        io.opentelemetry.api.trace.SpanContext caller = io.opentelemetry.api.trace.SpanContext.createFromRemoteParent(
                traceId, "00f067aa0ba902b7", io.opentelemetry.api.trace.TraceFlags.getSampled(),
                io.opentelemetry.api.trace.TraceState.getDefault());
        Long sequenceNumber;
        try (io.opentelemetry.context.Scope ignored = io.opentelemetry.api.trace.Span.wrap(caller).makeCurrent()) {
            sequenceNumber = QuarkusTransaction.requiringNew().call(() -> outbox.append(sampleEvent("foundation.traced")).sequenceNumber());
        }

        OutboxEvent stored = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>findById(sequenceNumber));
        assertThat(stored.traceparent()).isEqualTo("00-" + traceId + "-00f067aa0ba902b7-01");
    }

    @Test
    void publishesToAndConsumesFromItsTopicsOnTheRealBroker() throws Exception {
        List<String> serviceTopics = new ArrayList<>();
        topics.topic().ifPresent(serviceTopics::add);
        topics.subscriptions().ifPresent(serviceTopics::addAll);
        assertThat(serviceTopics).as("topics of " + serviceName).isNotEmpty();

        for (String topic : serviceTopics) {
            String key = UUID.randomUUID().toString();
            String value = "{\"check\":\"" + serviceName + " round trip on " + topic + "\"}";
            RecordMetadata sent = producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
            assertThat(sent.hasOffset()).isTrue();

            try (KafkaConsumer<String, String> consumer = kafkaClients.consumer(serviceName + "-test-" + UUID.randomUUID())) {
                consumer.subscribe(List.of(topic));
                ConsumerRecord<String, String> received = null;
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (received == null && System.nanoTime() < deadline) {
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                        if (key.equals(record.key())) {
                            received = record;
                        }
                    }
                }
                assertThat(received).as("record read back from " + topic).isNotNull();
                assertThat(received.value()).isEqualTo(value);
                assertThat(received.partition()).isEqualTo(sent.partition());
            }
        }
    }

    @Test
    void reportsReadyWithItsDatabaseAndKafka() {
        // The broker's state is a detail of an always-UP check, from a background probe (not a reason to be unready).
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka broker"))
                .body("checks.find { it.name == 'Kafka broker' }.data.broker", equalTo("reachable")));
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("sdc_kafka_broker_reachable{service=\"" + serviceName + "\"} 1.0"));
    }

    @Test
    void servesItsApiDocumentationAndMetrics() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", containsString("API"));
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200);
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void letsThePortalCallItFromABrowser() {
        given().header("Origin", PORTAL_ORIGIN)
                .header("Access-Control-Request-Method", "PUT")
                .when().options("/q/health")
                .then().header("Access-Control-Allow-Origin", PORTAL_ORIGIN);
        // A browser asks before it sends a token: the API's preflight answers without one.
        given().header("Origin", PORTAL_ORIGIN)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Authorization,Content-Type,If-Match")
                .when().options("/api/v1/audit/changes")
                .then().statusCode(200).header("Access-Control-Allow-Origin", PORTAL_ORIGIN);
        given().header("Origin", "http://elsewhere.example")
                .when().get("/q/health/live")
                .then().statusCode(403);
    }

    @Test
    void keepsItsArchitecturalBoundaries() {
        ArchitectureRules.check(getClass().getPackageName());
    }

    @Test
    void admitsNoCallWithoutAValidTokenAndNoWriteFromAnAuditor() {
        Map<String, Map<String, Object>> paths = given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        assertThat(paths).as("the API of " + serviceName).isNotEmpty();

        Map<String, String> refusedTokens = Map.of(
                "a token signed by another key", TestTokens.signedByAnotherKey(Roles.ADMIN),
                "an expired token", TestTokens.expired(Roles.ADMIN),
                "a token from another issuer", TestTokens.fromAnotherIssuer(Roles.ADMIN));
        String auditor = TestTokens.forRole(Roles.AUDITOR);
        List<String> wrong = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
            String concretePath = path.getKey().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            for (String method : path.getValue().keySet()) {
                if (!List.of("get", "post", "put", "patch", "delete").contains(method)) {
                    continue;
                }
                String mediaType = requestMediaType(path.getValue().get(method));
                operations++;
                String operation = method.toUpperCase() + " " + path.getKey();
                expect(wrong, operation + " with no token", call(method, concretePath, mediaType, null), 401);
                refusedTokens.forEach((what, token) ->
                        expect(wrong, operation + " with " + what, call(method, concretePath, mediaType, token), 401));
                Response asAuditor = call(method, concretePath, mediaType, auditor);
                if (method.equals("get")) {
                    if (asAuditor.statusCode() == 401 || asAuditor.statusCode() == 403 || asAuditor.statusCode() >= 500) {
                        wrong.add(operation + " as auditor answered " + asAuditor.statusCode() + ", expected a read");
                    }
                } else {
                    expect(wrong, operation + " as auditor", asAuditor, 403);
                }
            }
        }
        assertThat(operations).isPositive();
        assertThat(wrong).as("endpoints that answered wrongly").isEmpty();
    }

    @Test
    void grantsEachRoleExactlyTheOperationsTheReadmeGivesIt() throws Exception {
        RoleMatrix matrix = RoleMatrix.fromReadme();
        Map<String, Map<String, Object>> paths = given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        List<String> roles = List.of(Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN);
        Map<String, String> tokens = new java.util.HashMap<>();
        roles.forEach(role -> tokens.put(role, TestTokens.forRole(role)));
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            String concretePath = path.getKey().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            for (String method : path.getValue().keySet()) {
                if (!List.of("get", "post", "put", "patch", "delete").contains(method)) {
                    continue;
                }
                String operation = method.toUpperCase() + " " + path.getKey();
                java.util.Optional<java.util.Set<String>> allowed = matrix.rolesFor(method, path.getKey());
                if (allowed.isEmpty()) {
                    wrong.add(operation + " is not in the README's table '" + RoleMatrix.HEADING + "'");
                    continue;
                }
                String mediaType = requestMediaType(path.getValue().get(method));
                for (String role : roles) {
                    checked++;
                    int status = call(method, concretePath, mediaType, tokens.get(role)).statusCode();
                    boolean refused = status == 401 || status == 403;
                    if (allowed.get().contains(role) && refused) {
                        wrong.add(operation + " as " + role + " answered " + status + ", but the README allows it");
                    } else if (!allowed.get().contains(role) && status != 403) {
                        wrong.add(operation + " as " + role + " answered " + status + ", but the README does not allow it (expected 403)");
                    }
                }
            }
        }
        assertThat(checked).isPositive();
        assertThat(wrong).as("operations whose roles differ from the README's table").isEmpty();
    }

    @Test
    void answersHostileInputAndRacesWithoutAServerError() throws Exception {
        String openApi = given().accept("application/json").when().get("/q/openapi").then().statusCode(200).extract().asString();
        String everyRole = TestTokens.forUser("hostile-walk@test", Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE,
                Roles.TRUST_FINANCE, Roles.ADMIN);
        HostileInputWalk walk = new HostileInputWalk(openApi, everyRole);
        if (contractProbe().isPresent()) {
            // The service learns of contracts from contract-service's events: announce one, so the walk reaches it.
            walk.created().put("contracts", TestEvents.knownContract(producer, codec, objectMapper, contractProbe().get()).toString());
        }
        List<String> wrong = walk.walk();
        assertThat(walk.requests()).as("requests the walk sent to " + serviceName).isGreaterThan(20);
        System.out.printf("Hostile input walk of %s: %d requests; created from examples: %s%n", serviceName, walk.requests(), walk.created());
        assertThat(wrong).as("answers to hostile input that were server errors or accepted what cannot be stored").isEmpty();
    }

    @Test
    void refusesANulCharacterInAHeader() throws Exception {
        // Sent byte for byte: HTTP client libraries will not send a NUL in a header, a hostile client will.
        String request = "GET /api/v1/audit/changes HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + TestTokens.forRole(Roles.AUDITOR) + "\r\nChange-Reason: before\u0000after\r\nConnection: close\r\n\r\n";
        try (java.net.Socket socket = new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 400");
        }
    }

    @Test
    void refusesAnUnauthenticatedCallBeforeJudgingItsMediaTypeOrPath() {
        Response unknownMediaType = given().contentType("application/x-sdc-unknown").body("?".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/api/v1/audit/changes").thenReturn();
        assertThat(unknownMediaType.statusCode()).isEqualTo(401);
        assertThat(unknownMediaType.contentType()).startsWith("application/problem+json");
        Response badToken = given().auth().oauth2(TestTokens.signedByAnotherKey(Roles.ADMIN)).contentType("application/x-sdc-unknown")
                .body("?".getBytes(java.nio.charset.StandardCharsets.UTF_8)).when().post("/api/v1/audit/changes").thenReturn();
        assertThat(badToken.statusCode()).isEqualTo(401);
        Response noSuchPath = given().when().get("/api/v1/no-such-resource").thenReturn();
        assertThat(noSuchPath.statusCode()).isEqualTo(401);
        assertThat(noSuchPath.header("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @Test
    void refusesABodySentInChunksWithAProblemAskingForItsLength() throws Exception {
        // Chunks hide a body's length until it is read: the limit could only be enforced half-way, without a problem.
        String request = "POST /api/v1/audit/changes HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + TestTokens.forRole(Roles.ADMIN) + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "2\r\n{}\r\n0\r\n\r\n";
        try (java.net.Socket socket = new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 411");
            assertThat(answer).containsIgnoringCase("content-type: application/problem+json");
            String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
            assertThat(new io.restassured.path.json.JsonPath(body).getInt("status")).isEqualTo(411);
        }
    }

    @Test
    void refusesABodyOverItsLimitWithAProblem() throws Exception {
        long limit = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("quarkus.http.limits.max-body-size", io.quarkus.runtime.configuration.MemorySize.class)
                .map(io.quarkus.runtime.configuration.MemorySize::asLongValue).orElse(10L * 1024 * 1024);
        // The refusal is decided on the announced length, before the body is read: the headers alone show it.
        String request = "POST /api/v1/audit/changes HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + TestTokens.forRole(Roles.ADMIN) + "\r\nContent-Type: application/json\r\nContent-Length: " + (limit + 1)
                + "\r\n\r\n";
        try (java.net.Socket socket = new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            socket.getOutputStream().write("{\"padding\":\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 413");
            assertThat(answer).containsIgnoringCase("content-type: application/problem+json");
            String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
            io.restassured.path.json.JsonPath problem = new io.restassured.path.json.JsonPath(body);
            assertThat(problem.getInt("status")).isEqualTo(413);
            assertThat(problem.getString("detail")).contains(Long.toString(limit));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void documentsTheProblemsEveryOperationCanAnswer() {
        List<String> undocumented = new ArrayList<>();
        for (DocumentedOperation operation : apiOperations()) {
            Map<String, Object> responses = (Map<String, Object>) operation.details().get("responses");
            List<String> expected = new ArrayList<>(List.of("401", "403"));
            List<Map<String, Object>> parameters = (List<Map<String, Object>>) operation.details().get("parameters");
            if (parameters != null && parameters.stream().anyMatch(p -> "If-Match".equals(p.get("name")))) {
                expected.addAll(List.of("412", "428"));
            }
            for (String status : expected) {
                if (!(responses.get(status) instanceof Map<?, ?> response)
                        || !(response.get("content") instanceof Map<?, ?> content)
                        || !(content.get("application/problem+json") instanceof Map<?, ?> problem)
                        || !(problem.get("schema") instanceof Map<?, ?> schema)
                        || !"#/components/schemas/Problem".equals(schema.get("$ref"))) {
                    undocumented.add(operation.named() + " " + status);
                }
            }
        }
        assertThat(undocumented).as("problem answers missing from the OpenAPI document").isEmpty();
    }

    /**
     * What an operation does and when it refuses is written in the service's {@code META-INF/openapi.yaml}; its path,
     * parameters, bodies, tag and roles come from its resource method. An operation the file describes that no resource
     * method serves (a path renamed in the code only) would be published with neither tag nor roles; one a resource
     * serves that the file does not describe, with no summary.
     */
    @Test
    void describesEveryOperationItServesAndNoOther() {
        List<String> wrong = new ArrayList<>();
        for (DocumentedOperation operation : apiOperations()) {
            if (operation.details().get("tags") == null || operation.details().get("security") == null) {
                wrong.add(operation.named() + " is described but no resource method serves it");
            }
            for (String part : List.of("summary", "description")) {
                if (!(operation.details().get(part) instanceof String text) || text.isBlank()) {
                    wrong.add(operation.named() + " has no " + part);
                }
            }
        }
        assertThat(wrong).as("operations of the OpenAPI document").isEmpty();
    }

    /** An operation of the service's published OpenAPI document: its method, its path and what the document says of it. */
    private record DocumentedOperation(String method, String path, Map<?, ?> details) {

        String named() {
            return method.toUpperCase() + " " + path;
        }
    }

    /** Every operation of the service's API ({@code /api/...}) as its published OpenAPI document describes it. */
    private static List<DocumentedOperation> apiOperations() {
        Map<String, Map<String, Object>> paths = given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        List<DocumentedOperation> operations = new ArrayList<>();
        paths.forEach((path, methods) -> methods.forEach((method, details) -> {
            if (path.startsWith("/api/") && details instanceof Map<?, ?> described) {
                operations.add(new DocumentedOperation(method, path, described));
            }
        }));
        assertThat(operations).as("the API's operations").isNotEmpty();
        return operations;
    }

    @Test
    void answersABodyOfAMediaTypeNoOperationTakesWithAProblemOfTheSameStatus() {
        Map<String, Map<String, Object>> paths = given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        String admin = TestTokens.forRole(Roles.ADMIN);
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
            String concretePath = path.getKey().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            for (Map.Entry<String, Object> operation : path.getValue().entrySet()) {
                if (!(operation.getValue() instanceof Map<?, ?> details) || !details.containsKey("requestBody")) {
                    continue;
                }
                Response response = given().auth().oauth2(admin).contentType("application/x-sdc-unknown").body("?".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .when().request(operation.getKey().toUpperCase(), concretePath).thenReturn();
                if (response.statusCode() != 415 || !response.contentType().startsWith("application/problem+json")
                        || response.jsonPath().getInt("status") != 415) {
                    wrong.add(operation.getKey().toUpperCase() + " " + path.getKey() + " answered " + response.statusCode() + " "
                            + response.contentType() + " " + response.asString());
                }
            }
        }
        assertThat(wrong).as("operations that answered an unknown media type wrongly").isEmpty();

        // A method no operation has: 405 as a problem of the same status.
        Response notAllowed = given().auth().oauth2(admin).when().patch("/api/v1/audit/changes").thenReturn();
        assertThat(notAllowed.statusCode()).isEqualTo(405);
        assertThat(notAllowed.contentType()).startsWith("application/problem+json");
        assertThat(notAllowed.jsonPath().getInt("status")).isEqualTo(405);
    }

    /** The first media type the operation takes its body in, JSON by default. */
    @SuppressWarnings("unchecked")
    private static String requestMediaType(Object operation) {
        if (operation instanceof Map<?, ?> details && details.get("requestBody") instanceof Map<?, ?> body
                && body.get("content") instanceof Map<?, ?> content && !content.isEmpty()) {
            return (String) content.keySet().iterator().next();
        }
        return "application/json";
    }

    private static Response call(String method, String path, String mediaType, String token) {
        RequestSpecification request = given().contentType(mediaType).body(mediaType.contains("json") ? "{}" : "");
        if (token != null) {
            request.auth().oauth2(token);
        }
        return request.when().request(method.toUpperCase(), path).thenReturn();
    }

    private static void expect(List<String> wrong, String what, Response response, int status) {
        if (response.statusCode() != status) {
            wrong.add(what + " answered " + response.statusCode() + ", expected " + status);
        } else if (!String.valueOf(response.contentType()).startsWith("application/problem+json")) {
            wrong.add(what + " answered " + status + " as " + response.contentType() + ", expected application/problem+json");
        }
    }

    private EventEnvelope sampleEvent(String type) {
        return new EventEnvelope(UUID.randomUUID(), type, serviceName, UUID.randomUUID().toString(),
                Instant.now().truncatedTo(ChronoUnit.MICROS), 1,
                JsonNodeFactory.instance.objectNode().put("reference", "SDC-TEST"));
    }
}
