package io.sdc.endtoend;

import io.sdc.benchmark.Benchmark;
import io.sdc.benchmark.Endpoints;
import io.sdc.benchmark.Row;
import io.sdc.benchmark.Sizes;
import io.sdc.benchmark.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.sdc.endtoend.ReadmePorts.CONTRACTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * One approval followed across services by its trace: the packaged services export their spans over OTLP to a
 * receiver this test runs, the commissioner's approval carries a trace id the test chose (W3C {@code traceparent}),
 * and that trace id reaches contract-service's sending of the approval event to Kafka and notification-service's
 * handling of it. The same platform serves the benchmark's smoke run (deploy/benchmark): every measurement with tiny
 * sizes, so that the benchmark cannot rot.
 */
class TracingEndToEndIT {

    private static final String APPROVED = "contract.change-request.approved";

    private static OtlpReceiver receiver;
    private static RunningPlatform platform;

    @BeforeAll
    static void startThePlatformExportingTraces() throws Exception {
        receiver = new OtlpReceiver();
        platform = RunningPlatform.inFreshDirectory("end-to-end-tracing").withEnvironment(Map.of(
                "QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", receiver.endpoint(),
                "QUARKUS_OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "http/protobuf",
                "QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "200ms"));
        platform.start();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        RunningPlatform.stopIfStarted(platform);
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void anApprovalsTraceIdReachesTheNotificationServicesHandlingOfItsEvent() throws IOException {
        String contract = platform.demo().get("CONTRACT");
        String change = platform.as("trust-finance", CONTRACTS).body("""
                        {"type":"BUDGET_VARIATION","title":"Placement activity, traced %s","effectiveDate":"2015-10-01",
                         "rationale":"Costs of children placed in care above the activity assumed in the budget",
                         "budget":{"financialYear":"2015/16","line":"placements","amount":"2345.00"}}"""
                        .formatted(UUID.randomUUID().toString().substring(0, 8)))
                .post("/api/v1/contracts/" + contract + "/change-requests").then().statusCode(201).extract().path("id");
        step("trust-finance", change, "submission", "{}", null);
        step("commissioner", change, "signatures", """
                {"signedOn":"2016-01-15","position":"Director of People"}""", null);
        step("trust-finance", change, "signatures", """
                {"signedOn":"2016-01-15","position":"Director of Finance, DCST"}""", null);

        String traceId = UUID.randomUUID().toString().replace("-", "");
        step("commissioner", change, "approval", "{}", "00-" + traceId + "-00f067aa0ba902b7-01");
        platform.as("auditor", CONTRACTS).get("/api/v1/change-requests/" + change).then().body("status", equalTo("APPROVED"));

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            List<OtlpReceiver.ExportedSpan> trace = receiver.spans().stream().filter(span -> span.traceId().equals(traceId)).toList();
            assertThat(trace).as("spans of trace %s among %d exported by %s", traceId, receiver.spans().size(),
                            receiver.spans().stream().map(OtlpReceiver.ExportedSpan::service).distinct().toList())
                    .anySatisfy(span -> {
                        assertThat(span.service()).isEqualTo("contract-service");
                        assertThat(span.kind()).isEqualTo(OtlpReceiver.SERVER);
                        assertThat(span.parentSpanId()).isEqualTo("00f067aa0ba902b7");
                    })
                    .anySatisfy(span -> {
                        assertThat(span.service()).isEqualTo("contract-service");
                        assertThat(span.kind()).isEqualTo(OtlpReceiver.PRODUCER);
                        assertThat(span.name()).isEqualTo("contract.events publish");
                        assertThat(span.attributes()).containsEntry("cloudevents.event_type", APPROVED);
                    })
                    .anySatisfy(span -> {
                        assertThat(span.service()).isEqualTo("notification-service");
                        assertThat(span.kind()).isEqualTo(OtlpReceiver.CONSUMER);
                        assertThat(span.name()).isEqualTo("contract.events process");
                        assertThat(span.attributes()).containsEntry("cloudevents.event_type", APPROVED)
                                .containsEntry("messaging.consumer.group.name", "notification-service");
                    });
        });
    }

    @Test
    void theBenchmarksSmokeRunGivesEveryLineAFigure() throws IOException {
        Map<String, Integer> ports = new LinkedHashMap<>();
        SecondInstances.MODULES.forEach((readmePort, module) -> ports.put(module, platform.servicePorts.get(readmePort)));
        Endpoints endpoints = Endpoints.of(platform.repositoryRoot, platform.dataDirectory, platform.workDirectory().resolve("benchmark"),
                platform.postgresPort, platform.kafkaPort, ports, platform::serviceProcess);

        Table table = Benchmark.measureAll(endpoints, Sizes.smoke());

        System.out.println(table.text());
        assertThat(table.rows()).extracting(Row::measurement).containsExactly(
                "Approval -> inbox p50 over 3 approvals", "Approval -> inbox p95 over 3 approvals",
                "Approval -> inbox p99 over 3 approvals", "Approval -> inbox max over 3 approvals",
                "Scorecard GET at 4 connections, 1 s", "Scorecard GET p99 at 20 req/s (open loop), 1 s",
                "Ledger export import, 500 rows",
                "Start to ready, contract-service", "Idle RSS after 0.20 s, contract-service",
                "Authenticated GET (contract by id) at 4 connections");
        for (Row row : table.rows()) {
            // Only a part another change brings (the ledger import) may be missing; no measurement may fail.
            if (row.notMeasured().isPresent()) {
                assertThat(row.notMeasured().get()).as(row.measurement()).startsWith("ledger import not available");
                continue;
            }
            assertThat(row.ours()).as(row.measurement()).isNotNull().isPositive();
            boolean withoutLimit = row.measurement().contains("p95") || row.measurement().contains("open loop")
                    || row.limitName().equals("not measured: pgbench not found");
            if (!withoutLimit) {
                // Kafka's tool gives whole milliseconds: its median may be 0.
                assertThat(row.limit()).as("the limit beside " + row.measurement()).isNotNull().isNotNegative();
            }
        }
        assertThat(table.markdown()).contains("| Measurement | Ours | Limit (same run) | Ratio | Target | Met |");
    }

    /** Takes a change request one step with its current ETag, in the given trace if one is named. */
    private static void step(String role, String change, String step, String body, String traceparent) throws IOException {
        String etag = platform.as("auditor", CONTRACTS).get("/api/v1/change-requests/" + change).then().statusCode(200)
                .extract().header("ETag");
        var request = platform.as(role, CONTRACTS).header("If-Match", etag).body(body);
        if (traceparent != null) {
            request = request.header("traceparent", traceparent);
        }
        request.post("/api/v1/change-requests/" + change + "/" + step).then().statusCode(200);
    }
}
