package io.sdc.benchmark;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Approval to inbox: change requests of the demo contract, each made ready for the council's decision (raised and
 * submitted by the trust, signed by both parties), are approved one at a time, a short gap between one's inbox
 * notification and the next approval. Each is timed from its approval event's time in contract-service's outbox
 * (written in the approval's transaction) to the time of the commissioner's inbox delivery in notification-service
 * (written in the transaction that stored the notification): both times come from the one machine's clock and are
 * read from the same PostgreSQL server, so no polling error enters the figure. The benchmark subscribes the
 * commissioner's inbox to approvals of the contract first. Beside it, Kafka's own end-to-end latency tool
 * ({@code org.apache.kafka.tools.EndToEndLatency}: produce one message with acks=all, consume it, again and again)
 * against the same broker.
 */
public final class ApprovalToInbox {

    static final String P50 = "Approval -> inbox p50";
    static final String P95 = "Approval -> inbox p95";
    static final String P99 = "Approval -> inbox p99";
    static final String MAX = "Approval -> inbox max";
    private static final String APPROVED = "contract.change-request.approved";
    private static final Duration ARRIVAL_TIMEOUT = Duration.ofSeconds(30);

    private ApprovalToInbox() {
    }

    public static List<Row> measure(Endpoints platform, Sizes sizes) throws Exception {
        String contract = platform.demo("CONTRACT");
        subscribeCommissioner(platform, contract);
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<Ready> ready = new ArrayList<>();
        for (int i = 0; i < sizes.approvals(); i++) {
            ready.add(readyForDecision(platform, contract, "Benchmark " + run + " #" + (i + 1)));
        }
        awaitQuiet(platform);

        long[] latencies = new long[ready.size()];
        try (Connection contracts = platform.database("contract"); Connection notifications = platform.database("notification")) {
            for (int i = 0; i < ready.size(); i++) {
                Ready change = ready.get(i);
                Http.post(platform.url("contract-service", "/api/v1/change-requests/" + change.id() + "/approval"),
                        platform.token("commissioner"), change.etag(), "{}", 200);
                Approval approval = approval(contracts, change.id());
                Instant delivered = awaitDelivery(notifications, approval.eventId());
                latencies[i] = Duration.between(approval.at(), delivered).toNanos();
                Thread.sleep(sizes.approvalGap().toMillis());
            }
        }
        Latencies ours = new Latencies(latencies);

        KafkaLatency kafka = kafkaEndToEnd(platform, sizes.kafkaMessages());
        String kafkaName = "Kafka EndToEndLatency, " + sizes.kafkaMessages() + " messages";
        String over = " over " + ours.count() + " approvals";
        return List.of(
                Row.of(P50 + over, "ms", ours.percentileMillis(50), kafka.p50(), kafkaName, "-", null),
                Row.of(P95 + over, "ms", ours.percentileMillis(95), null, "", "-", null),
                Row.of(P99 + over, "ms", ours.percentileMillis(99), kafka.p99(), kafkaName, "<= 100 ms",
                        ours.percentileMillis(99) <= 100),
                Row.of(MAX + over, "ms", ours.maxMillis(), kafka.p999(), kafkaName + ", its p99.9", "-", null));
    }

    private record Ready(String id, String etag) {
    }

    private record Approval(UUID eventId, Instant at) {
    }

    private record KafkaLatency(double average, double p50, double p99, double p999) {
    }

    private static void subscribeCommissioner(Endpoints platform, String contract) throws Exception {
        Http.post(platform.url("notification-service", "/api/v1/subscriptions"), platform.token("commissioner"), null, """
                {"recipient":"role:commissioner","eventTypes":["%s"],"contractId":"%s","channel":"INBOX"}"""
                .formatted(APPROVED, contract), 201);
    }

    /** A governance change raised and submitted by the trust and signed by both parties: agreed in principle. */
    private static Ready readyForDecision(Endpoints platform, String contract, String title) throws Exception {
        HttpResponse<String> raised = Http.post(platform.url("contract-service", "/api/v1/contracts/" + contract + "/change-requests"),
                platform.token("trust-performance"), null, """
                        {"type":"GOVERNANCE","title":"%s","effectiveDate":"2016-04-01",
                         "rationale":"A change request the benchmark approves"}""".formatted(title), 201);
        String id = Http.json(raised).get("id").asText();
        String etag = Http.etag(raised);
        etag = step(platform, "trust-performance", id, "submission", etag);
        etag = step(platform, "commissioner", id, "signatures", etag);
        etag = step(platform, "trust-performance", id, "signatures", etag);
        return new Ready(id, etag);
    }

    private static String step(Endpoints platform, String role, String id, String step, String etag) throws Exception {
        return Http.etag(Http.post(platform.url("contract-service", "/api/v1/change-requests/" + id + "/" + step),
                platform.token(role), etag, "{}", 200));
    }

    /** Waits until contract-service's outbox is published and notification-service has caught up, so approvals meet a quiet platform. */
    private static void awaitQuiet(Endpoints platform) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        try (Connection contracts = platform.database("contract")) {
            while (count(contracts, "select count(*) from event_outbox where published_at is null") > 0) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("contract-service's outbox was not published within 5 minutes");
                }
                Thread.sleep(200);
            }
        }
        try (Connection notifications = platform.database("notification")) {
            long before = -1;
            long now = count(notifications, "select count(*) from processed_event");
            while (now != before) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("notification-service did not catch up within 5 minutes");
                }
                Thread.sleep(1000);
                before = now;
                now = count(notifications, "select count(*) from processed_event");
            }
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Approval approval(Connection contracts, String changeRequest) throws SQLException {
        try (PreparedStatement statement = contracts.prepareStatement(
                "select event_id, occurred_at from event_outbox where event_type = ? and data ->> 'id' = ?")) {
            statement.setString(1, APPROVED);
            statement.setString(2, changeRequest);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("No approval event in contract-service's outbox for " + changeRequest);
                }
                return new Approval(rows.getObject(1, UUID.class), rows.getTimestamp(2).toInstant());
            }
        }
    }

    /** Asks notification-service's database, every millisecond or so, for the commissioner's inbox delivery of the event. */
    private static Instant awaitDelivery(Connection notifications, UUID eventId) throws Exception {
        long deadline = System.nanoTime() + ARRIVAL_TIMEOUT.toNanos();
        try (PreparedStatement statement = notifications.prepareStatement("""
                select min(d.delivered_at) from notification n join delivery d on d.notification_id = n.id
                 where n.event_id = ? and d.channel = 'INBOX' and d.recipient = 'role:commissioner'""")) {
            statement.setObject(1, eventId);
            while (true) {
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    Timestamp delivered = rows.getTimestamp(1);
                    if (delivered != null) {
                        return delivered.toInstant();
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The approval event " + eventId + " reached no commissioner's inbox within "
                            + ARRIVAL_TIMEOUT.toSeconds() + " s");
                }
                TimeUnit.MILLISECONDS.sleep(1);
            }
        }
    }

    private static final Pattern AVERAGE = Pattern.compile("Avg latency: ([0-9.]+) ms");
    private static final Pattern PERCENTILES = Pattern.compile("Percentiles: 50th = (\\d+), 99th = (\\d+), 99.9th = (\\d+)");

    /** Kafka's own tool, in a JVM of its own, against the platform's broker, on a topic of its own. */
    private static KafkaLatency kafkaEndToEnd(Endpoints platform, int messages) throws Exception {
        Path log = platform.workDirectory().resolve("kafka-end-to-end-latency.log");
        Process tool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.apache.kafka.tools.EndToEndLatency",
                platform.kafkaBootstrap(), "benchmark.end-to-end-latency", String.valueOf(messages), "all", "1024")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!tool.waitFor(5, TimeUnit.MINUTES)) {
            tool.destroyForcibly();
            throw new IllegalStateException("Kafka's EndToEndLatency did not finish in 5 minutes; see " + log);
        }
        String printed = java.nio.file.Files.readString(log);
        Matcher average = AVERAGE.matcher(printed);
        Matcher percentiles = PERCENTILES.matcher(printed);
        if (tool.exitValue() != 0 || !average.find() || !percentiles.find()) {
            throw new IllegalStateException("Kafka's EndToEndLatency failed (exit " + tool.exitValue() + "): " + printed);
        }
        return new KafkaLatency(Double.parseDouble(average.group(1)), Double.parseDouble(percentiles.group(1)),
                Double.parseDouble(percentiles.group(2)), Double.parseDouble(percentiles.group(3)));
    }
}
