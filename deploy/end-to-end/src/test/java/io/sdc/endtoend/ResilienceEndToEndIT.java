package io.sdc.endtoend;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * The platform, started as {@code deploy/run-local} starts it, when things go wrong in production's ordinary ways:
 * the Kafka broker hangs (its JVM paused) while people keep working, and two instances of a service run the same
 * scheduled jobs on one database. Every service stays ready and takes writes while the broker is away, and each
 * cross-service effect arrives once when it returns; each milestone, reminder and overdue improvement action is
 * announced once, whichever instance's job gets there first.
 */
@Order(2) // before the browser tests, which share a platform that runs until the end
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResilienceEndToEndIT {

    private static final int CONTRACTS = 8081;
    private static final int PERFORMANCE = 8082;
    private static final int FINANCE = 8083;
    private static final int NOTIFICATIONS = 8084;
    private static final List<Integer> SERVICES = List.of(CONTRACTS, PERFORMANCE, FINANCE, NOTIFICATIONS);
    private static final String BROKER = "checks.find { it.name == 'Kafka broker' }.data.broker";
    private static final String OUTBOX_PENDING = "checks.find { it.name == 'Kafka broker' }.data.outboxPending";
    /** The scheduled jobs that announce run every second here (in production, once a morning). */
    private static final Map<String, String> JOBS_EVERY_SECOND = Map.of(
            "SDC_MILESTONES_REVIEW_CRON", "* * * * * ?",
            "SDC_REMINDERS_CRON", "* * * * * ?");
    /**
     * The daily check of improvement actions, every second, in the two instances started beside the platform only: the
     * platform's own instance would race the demo data, whose 2016 actions are overdue the moment they are created.
     */
    private static final Map<String, String> OVERDUE_CHECK_EVERY_SECOND = Map.of("SDC_IMPROVEMENT_ACTIONS_OVERDUE_CRON", "* * * * * ?");

    private static RunningPlatform platform;
    private static Map<String, String> demo;
    private static Path work;

    @BeforeAll
    static void startThePlatform() throws Exception {
        platform = RunningPlatform.inFreshDirectory("end-to-end-resilience").withEnvironment(JOBS_EVERY_SECOND);
        work = platform.workDirectory();
        platform.start();
        demo = platform.environment("demo.env");
    }

    @AfterAll
    static void stopThePlatform() throws InterruptedException {
        RunningPlatform.stopIfStarted(platform);
    }

    @Test
    @Order(1)
    void staysReadyAndTakesWritesWhileTheBrokerHangsThenDeliversEachEffectOnce() throws Exception {
        String contract = demo.get("CONTRACT");
        String budget = "/api/v1/budgets/" + demo.get("BUDGET_2015_16");
        BigDecimal totalBefore = new BigDecimal(platform.as("auditor", FINANCE).get(budget).then().statusCode(200)
                .extract().<String>path("total"));
        String amount = "12345.00";
        String totalAfter = totalBefore.add(new BigDecimal(amount)).toPlainString();
        String title = "Placement activity raised while Kafka is away " + UUID.randomUUID().toString().substring(0, 8);
        ProcessHandle kafka = platform.process("io.sdc.localstack.KafkaServerMain");

        signal(kafka, "STOP");
        try {
            // Every service notices that the broker does not answer, and stays ready, answering within a second.
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                for (int service : SERVICES) {
                    assertThat(readiness(service).getString(BROKER)).as("broker seen by " + service).isEqualTo("unreachable");
                }
            });

            // People keep working: the trust raises a budget variation, both parties sign it and the council approves it.
            String change = platform.as("trust-finance", CONTRACTS).body("""
                            {"type":"BUDGET_VARIATION","title":"%s","effectiveDate":"2015-10-01",
                             "rationale":"Costs of children placed in care above the activity assumed in the budget",
                             "budget":{"financialYear":"2015/16","line":"placements","amount":"%s"}}""".formatted(title, amount))
                    .post("/api/v1/contracts/" + contract + "/change-requests").then().statusCode(201).extract().path("id");
            step("trust-finance", change, "submission", "{}");
            step("commissioner", change, "signatures", """
                    {"signedOn":"2016-01-15","position":"Director of People"}""");
            step("trust-finance", change, "signatures", """
                    {"signedOn":"2016-01-15","position":"Director of Finance, DCST"}""");
            step("commissioner", change, "approval", "{}");
            platform.as("auditor", CONTRACTS).get("/api/v1/change-requests/" + change).then().body("status", equalTo("APPROVED"));

            // Their events wait in contract-service's outbox; nothing has reached finance-service.
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(readiness(CONTRACTS).getInt(OUTBOX_PENDING)).isGreaterThanOrEqualTo(3));
            platform.as("auditor", FINANCE).get(budget).then().body("total", equalTo(totalBefore.toPlainString()));
            for (int service : SERVICES) {
                await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                        assertThat(readiness(service).getString(BROKER)).isEqualTo("unreachable"));
            }
        } finally {
            signal(kafka, "CONT");
        }

        // Once the broker answers again, each effect arrives: the variation on the budget, the notifications.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> platform.as("auditor", FINANCE).get(budget).then()
                .body("adjustments.findAll { it.category == 'CONTRACT_VARIATION' }.amount", contains(amount))
                .body("total", equalTo(totalAfter)));
        String submitted = "/api/v1/inbox?eventType=contract.change-request.submitted&size=100";
        String varied = "/api/v1/inbox?eventType=finance.budget.varied&size=100";
        String variedTitle = "The 2015/16 budget is varied to £" + totalAfter;
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(titles("commissioner", submitted)).filteredOn(text -> text.contains(title)).hasSize(1);
            assertThat(titles("trust-finance", varied)).filteredOn(variedTitle::equals).hasSize(1);
        });

        // Every outbox is drained and the broker is seen again ...
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (int service : SERVICES) {
                JsonPath health = readiness(service);
                assertThat(health.getString(BROKER)).isEqualTo("reachable");
                if (service != NOTIFICATIONS) {
                    assertThat(health.getInt(OUTBOX_PENDING)).as("outbox of " + service).isZero();
                }
            }
        });
        // ... and still each effect is there once: no event was applied twice.
        platform.as("auditor", FINANCE).get(budget).then()
                .body("adjustments.findAll { it.category == 'CONTRACT_VARIATION' }", hasSize(1))
                .body("total", equalTo(totalAfter));
        assertThat(titles("commissioner", submitted)).filteredOn(text -> text.contains(title)).hasSize(1);
        assertThat(titles("trust-finance", varied)).filteredOn(variedTitle::equals).hasSize(1);
        for (int service : List.of(PERFORMANCE, FINANCE, NOTIFICATIONS)) {
            platform.as("admin", service).get("/api/v1/admin/dead-letters").then().statusCode(200).body("", hasSize(0));
        }
        assertThat(platform.printed()).doesNotContain("exited with code");
    }

    @Test
    @Order(2)
    void twoInstancesAnnounceEachMilestoneAndRaiseEachReminderOnce() throws Exception {
        String contract = demo.get("CONTRACT");
        String title = "Outstanding, checked by two instances " + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> performanceJobs = new java.util.HashMap<>(JOBS_EVERY_SECOND);
        performanceJobs.putAll(OVERDUE_CHECK_EVERY_SECOND);
        try (ServiceInstance performance = ServiceInstance.besides(platform, "performance-service", performanceJobs,
                work.resolve("performance-service-2.log"));
             ServiceInstance thirdPerformance = ServiceInstance.besides(platform, "performance-service", performanceJobs,
                     work.resolve("performance-service-3.log"));
             ServiceInstance notification = ServiceInstance.besides(platform, "notification-service", JOBS_EVERY_SECOND,
                     work.resolve("notification-service-2.log"))) {
            performance.awaitReady();
            thirdPerformance.awaitReady();
            notification.awaitReady();

            // A milestone due within the reminders' notice: both instances' reminder jobs find it due at the same time.
            // Holding the reminder table makes their runs overlap, as they would by chance on a busy morning.
            String milestone;
            try (TableHold hold = TableHold.of(platform.jdbcUrl("notification"), "reminder")) {
                milestone = platform.as("commissioner", PERFORMANCE).body("""
                                {"title":"%s","targetJudgement":"OUTSTANDING","dueDate":"%s",
                                 "inspectionType":"An inspection no one has made %s"}""".formatted(title, LocalDate.now().plusDays(30), title))
                        .post("/api/v1/contracts/" + contract + "/milestones").then().statusCode(201).extract().path("id");
                hold.letJobsPileUp();
            }
            String approaching = "/api/v1/inbox?eventType=reminder.milestone-approaching&size=100";
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(titles("commissioner", approaching)).filteredOn(text -> text.contains(title)).isNotEmpty());
            await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(6)).untilAsserted(() ->
                    assertThat(titles("commissioner", approaching)).filteredOn(text -> text.contains(title)).hasSize(1));
            assertThat(count(platform.jdbcUrl("notification"),
                    "SELECT count(*) FROM reminder WHERE kind = 'reminder.milestone-approaching' AND item_key = ?", milestone)).isOne();

            // Its date passes, as a night would pass: both instances' review jobs find it missed at the same time.
            try (TableHold hold = TableHold.of(platform.jdbcUrl("performance"), "event_outbox")) {
                execute(platform.jdbcUrl("performance"), "UPDATE milestone SET due_date = current_date - 2 WHERE id = ?::uuid", milestone);
                hold.letJobsPileUp();
            }
            String missed = "SELECT count(*) FROM event_outbox WHERE event_type = 'performance.milestone.missed' AND data->>'title' = ?";
            await().atMost(Duration.ofSeconds(30)).until(() -> count(platform.jdbcUrl("performance"), missed, title) > 0);
            await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(6)).untilAsserted(() ->
                    assertThat(count(platform.jdbcUrl("performance"), missed, title)).as("milestone.missed announcements").isOne());
            String missedInbox = "/api/v1/inbox?eventType=performance.milestone.missed&size=100";
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(titles("commissioner", missedInbox)).filteredOn(text -> text.contains(title)).isNotEmpty());
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                    assertThat(titles("commissioner", missedInbox)).filteredOn(text -> text.contains(title)).hasSize(1));

            // An improvement action's due date passes: the two instances' daily checks find it overdue at the same time,
            // and it is announced once, to its owner's party and the commissioner once each.
            String plan = platform.as("commissioner", PERFORMANCE).get("/api/v1/contracts/" + contract + "/improvement-plans")
                    .then().statusCode(200).extract().path("[0].id");
            String recommendation = platform.as("commissioner", PERFORMANCE).get("/api/v1/improvement-plans/" + plan + "/recommendations")
                    .then().statusCode(200).extract().path("[0].id");
            String actionTitle = "Audit, checked by two instances " + UUID.randomUUID().toString().substring(0, 8);
            String action = platform.as("trust-performance", PERFORMANCE).body("""
                            {"title":"%s","ownerParty":"TRUST","owner":"Head of Quality Assurance","dueDate":"%s"}"""
                            .formatted(actionTitle, LocalDate.now().plusDays(30)))
                    .post("/api/v1/recommendations/" + recommendation + "/actions").then().statusCode(201).extract().path("id");
            try (TableHold hold = TableHold.of(platform.jdbcUrl("performance"), "event_outbox")) {
                execute(platform.jdbcUrl("performance"), "UPDATE improvement_action SET due_date = current_date - 2 WHERE id = ?::uuid", action);
                hold.letJobsPileUp();
            }
            String overdue = "SELECT count(*) FROM event_outbox WHERE event_type = 'performance.improvement-action.overdue' AND data->>'id' = ?";
            await().atMost(Duration.ofSeconds(30)).until(() -> count(platform.jdbcUrl("performance"), overdue, action) > 0);
            await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(6)).untilAsserted(() ->
                    assertThat(count(platform.jdbcUrl("performance"), overdue, action)).as("improvement-action.overdue announcements").isOne());
            String overdueInbox = "/api/v1/inbox?eventType=performance.improvement-action.overdue&size=100";
            for (String role : List.of("trust-performance", "commissioner")) {
                await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                        assertThat(titles(role, overdueInbox)).filteredOn(text -> text.contains(actionTitle)).isNotEmpty());
                await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).untilAsserted(() ->
                        assertThat(titles(role, overdueInbox)).filteredOn(text -> text.contains(actionTitle)).hasSize(1));
            }

            assertThat(performance.isAlive()).as("the second performance-service ran throughout").isTrue();
            assertThat(thirdPerformance.isAlive()).as("the third performance-service ran throughout").isTrue();
            assertThat(notification.isAlive()).as("the second notification-service ran throughout").isTrue();
        }
    }

    /**
     * A service's readiness, which must answer 200 within a second whatever the broker does. A slower or other answer
     * is an assertion failure: a wait around it asks again (a pause of the shared machine is not the service's), and
     * fails only if no answer within a second comes before the wait ends.
     */
    private static JsonPath readiness(int readmePort) {
        long started = System.nanoTime();
        Response response = given().config(RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.connection.timeout", 2_000).setParam("http.socket.timeout", 5_000)))
                .baseUri("http://localhost:" + platform.servicePorts.get(readmePort)).get("/q/health/ready");
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (response.statusCode() != 200 || millis >= 1000) {
            throw new AssertionError("Readiness of the service on " + readmePort + " answered " + response.statusCode()
                    + " in " + millis + " ms: " + response.asString());
        }
        return response.jsonPath();
    }

    /** Takes a change request one step, with its current ETag. */
    private static void step(String role, String change, String step, String body) throws IOException {
        String etag = platform.as("auditor", CONTRACTS).get("/api/v1/change-requests/" + change).then().statusCode(200)
                .extract().header("ETag");
        platform.as(role, CONTRACTS).header("If-Match", etag).body(body).post("/api/v1/change-requests/" + change + "/" + step)
                .then().statusCode(200);
    }

    private static List<String> titles(String role, String inbox) throws IOException {
        return platform.as(role, NOTIFICATIONS).get(inbox).then().statusCode(200).extract().jsonPath().getList("title", String.class);
    }

    private static void signal(ProcessHandle process, String signal) throws IOException, InterruptedException {
        int exit = new ProcessBuilder("kill", "-" + signal, String.valueOf(process.pid())).inheritIO().start().waitFor();
        assertThat(exit).as("kill -" + signal + " " + process.pid()).isZero();
    }

    private static long count(String url, String sql, String parameter) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "postgres", null);
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static void execute(String url, String sql, String parameter) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "postgres", null);
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            assertThat(statement.executeUpdate()).isOne();
        }
    }

    /**
     * Holds a table in EXCLUSIVE mode (reads go on, writes wait) so that every instance's job that writes to it is
     * caught mid-run; released together, their runs overlap. Whatever keeps the job's announcement single (a lock,
     * a claim, a constraint) must hold under this interleaving as under any other.
     */
    private static final class TableHold implements AutoCloseable {

        private final String url;
        private final String table;
        private final Connection holder;

        private TableHold(String url, String table) throws SQLException {
            this.url = url;
            this.table = table;
            this.holder = DriverManager.getConnection(url, "postgres", null);
            holder.setAutoCommit(false);
            try (Statement statement = holder.createStatement()) {
                statement.execute("LOCK TABLE " + table + " IN EXCLUSIVE MODE");
            }
        }

        static TableHold of(String url, String table) throws SQLException {
            return new TableHold(url, table);
        }

        /** Waits until a job waits for the table (up to 20 s), then a few more of the jobs' cycles. */
        void letJobsPileUp() throws SQLException, InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (waiting() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            Thread.sleep(3_000);
        }

        private long waiting() throws SQLException {
            try (Connection connection = DriverManager.getConnection(url, "postgres", null);
                 PreparedStatement statement = connection.prepareStatement(
                         "SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation WHERE c.relname = ? AND NOT l.granted")) {
                statement.setString(1, table);
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        }

        @Override
        public void close() throws SQLException {
            try {
                holder.commit();
            } finally {
                holder.close();
            }
        }
    }
}
