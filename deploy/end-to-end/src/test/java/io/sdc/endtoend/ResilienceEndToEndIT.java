package io.sdc.endtoend;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.sdc.endtoend.ReadmePorts.CONTRACTS;
import static io.sdc.endtoend.ReadmePorts.PERFORMANCE;
import static io.sdc.endtoend.ReadmePorts.FINANCE;
import static io.sdc.endtoend.ReadmePorts.NOTIFICATIONS;
import static io.sdc.endtoend.ReadmePorts.REPORTS;
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
 * announced once, whichever instance's job gets there first. And two instances of every service live the seeds' story
 * together, one of them stopping half-way, and every event is published, applied and delivered once.
 */
@Order(2) // before the browser tests, which share a platform that runs until the end
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResilienceEndToEndIT {

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

    /** The placement variation the two instances take through its steps. */
    private static final String VARIATION = "4321.00";
    /**
     * The events the story publishes, by type, besides each new contract's registration and status change: each once,
     * whichever instance took the step or ran the job.
     */
    private static final Map<String, Long> STORY_EVENTS = Map.ofEntries(
            Map.entry("contract.change-request.raised", 2L),                    // the variation, the governance change
            Map.entry("contract.change-request.submitted", 2L),
            Map.entry("contract.change-request.signed", 2L),                    // the variation, by each party
            Map.entry("contract.change-request.agreed-in-principle", 1L),
            Map.entry("contract.change-request.statutory-direction-recorded", 1L),
            Map.entry("contract.change-request.approved", 4L),                  // the review's three and the variation
            Map.entry("contract.change-request.implemented", 1L),               // the CWD transfer ...
            Map.entry("contract.varied", 1L),                                   // ... and its contract variation
            Map.entry("performance.basket-version.activated", 1L),              // basket version 2, by the revision's approval
            Map.entry("performance.observation.recorded", 1L),
            Map.entry("performance.indicator.turned-red", 1L),
            Map.entry("performance.milestone.added", 1L),
            Map.entry("performance.milestone.missed", 1L),                      // by one of two instances' checks
            Map.entry("finance.monitoring-return.imported", 1L),
            Map.entry("finance.forecast.overspend", 1L),
            Map.entry("finance.budget.varied", 1L),                             // by the variation's approval
            Map.entry("finance.outturn.finalised", 1L),
            Map.entry("report.issued", 2L));

    /**
     * The story's deliveries by event type, recipient, channel, outcome and attempts (the inbox's at once, the email's
     * by the delivery worker of one instance at its first attempt).
     */
    private static final Map<String, Long> STORY_DELIVERIES = Map.ofEntries(
            Map.entry("contract.change-request.submitted -> role:commissioner INBOX DELIVERED, attempts 0", 2L),
            Map.entry("contract.change-request.signed -> role:trust-finance INBOX DELIVERED, attempts 0", 1L),
            Map.entry("contract.change-request.signed -> role:trust-performance INBOX DELIVERED, attempts 0", 1L),
            Map.entry("contract.change-request.agreed-in-principle -> role:commissioner INBOX DELIVERED, attempts 0", 1L),
            Map.entry("performance.indicator.turned-red -> role:commissioner INBOX DELIVERED, attempts 0", 1L),
            Map.entry("performance.milestone.missed -> role:commissioner INBOX DELIVERED, attempts 0", 1L),
            Map.entry("finance.forecast.overspend -> role:commissioner INBOX DELIVERED, attempts 0", 1L),
            Map.entry("finance.forecast.overspend -> role:commissioner EMAIL DELIVERED, attempts 1", 1L),
            Map.entry("finance.forecast.overspend -> role:trust-finance INBOX DELIVERED, attempts 0", 1L),
            Map.entry("finance.budget.varied -> role:trust-finance INBOX DELIVERED, attempts 0", 1L),
            Map.entry("finance.outturn.finalised -> role:trust-finance INBOX DELIVERED, attempts 0", 1L),
            Map.entry("report.issued -> role:commissioner INBOX DELIVERED, attempts 0", 2L),
            Map.entry("report.issued -> role:auditor INBOX DELIVERED, attempts 0", 2L));

    private static RunningPlatform platform;
    private static Path work;

    @BeforeAll
    static void startThePlatform() throws Exception {
        platform = RunningPlatform.inFreshDirectory("end-to-end-resilience").withEnvironment(JOBS_EVERY_SECOND);
        work = platform.workDirectory();
        platform.start();
    }

    @AfterAll
    static void stopThePlatform() throws InterruptedException {
        RunningPlatform.stopIfStarted(platform);
    }

    @Test
    @Order(1)
    void staysReadyAndTakesWritesWhileTheBrokerHangsThenDeliversEachEffectOnce() throws Exception {
        String contract = platform.demo().get("CONTRACT");
        String budget = "/api/v1/budgets/" + platform.demo().get("BUDGET_2015_16");
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
        String contract = platform.demo().get("CONTRACT");
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
            inTheInboxOnce("commissioner", approaching, title, Duration.ofSeconds(4));
            assertThat(count(platform.jdbcUrl("notification"),
                    "SELECT count(*) FROM reminder WHERE kind = 'reminder.milestone-approaching' AND item_key = ?", milestone)).isOne();

            // Its date passes, as a night would pass: both instances' review jobs find it missed at the same time.
            dueDatePassedAnnouncedOnce("milestone", milestone, "performance.milestone.missed", "title", title,
                    title, Duration.ofSeconds(3), "commissioner");

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
            dueDatePassedAnnouncedOnce("improvement_action", action, "performance.improvement-action.overdue", "id", action,
                    actionTitle, Duration.ofSeconds(2), "trust-performance", "commissioner");

            assertThat(performance.isAlive()).as("the second performance-service ran throughout").isTrue();
            assertThat(thirdPerformance.isAlive()).as("the third performance-service ran throughout").isTrue();
            assertThat(notification.isAlive()).as("the second notification-service ran throughout").isTrue();
        }
    }

    /**
     * Two instances of every service (the launcher's, A, and one more, B, each on the same database, broker and consumer
     * group) live the seeds' story with every step sent to A and B in turn; notification-service's B is stopped half-way
     * and A takes over its partitions. Then every event is on its topic once, no more, none missing; every consumer
     * applied each event it reads once per handler; each cross-service effect is there once; each notification is
     * delivered once to each recipient; and the scheduled jobs of both instances (relay, reminders, milestone checks,
     * delivery worker) did each thing once.
     */
    @Test
    @Order(3)
    void twoInstancesOfEveryServiceLiveTheStoryAndApplyEachEventOnce() throws Exception {
        String contract = platform.demo().get("CONTRACT");
        String run = UUID.randomUUID().toString().substring(0, 8);
        String email = "two-instances-" + run + "@council.example";
        try (EventLedger ledger = EventLedger.openNow(platform)) {
            String today = ledger.rows("performance", "SELECT current_date").get(0);
            String notifications = "notification-service";
            Set<String> membersA = await().atMost(Duration.ofSeconds(30)).until(() -> ledger.members(notifications).keySet(),
                    members -> members.size() == 1);
            List<String> contracts = new ArrayList<>();
            String milestone;
            Set<TopicPartition> heldByB;
            long started = System.nanoTime();
            try (SecondInstances instances = SecondInstances.start(platform, Map.of())) {
                long startup = (System.nanoTime() - started) / 1_000_000;
                // Each consumer group now has two members, each assigned some of the partitions of the group's topics.
                for (Choreography.Consumer consumer : Choreography.CONSUMERS) {
                    Set<TopicPartition> all = ledger.partitions(consumer.topics());
                    await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(ledger.members(consumer.group()))
                            .as("the members of " + consumer.group() + " and their partitions").hasSize(2)
                            .allSatisfy((member, assigned) -> assertThat(assigned).isNotEmpty())
                            .satisfies(found -> assertThat(found.values().stream().flatMap(Set::stream).toList())
                                    .containsExactlyInAnyOrderElementsOf(all)));
                }
                Set<TopicPartition> all = ledger.partitions(Choreography.consumer(notifications).topics());
                Map<String, Set<TopicPartition>> members = ledger.members(notifications);
                heldByB = members.entrySet().stream().filter(member -> !membersA.contains(member.getKey())).findFirst()
                        .orElseThrow(() -> new AssertionError("No member of instance B in " + members)).getValue();

                // The story, first half: each service's steps taken by A and B in turn.
                instances.next("commissioner", NOTIFICATIONS).body("""
                                {"recipient":"role:commissioner","eventTypes":["finance.forecast.overspend"],"channel":"EMAIL","email":"%s"}"""
                                .formatted(email))
                        .post("/api/v1/subscriptions").then().statusCode(201);
                for (int i = 0; i < 2; i++) {
                    contracts.add(registerActiveContract(instances, run + "-" + i));
                }
                String cwd = platform.demo().get("CWD_TRANSFER");
                stepBy(instances, "commissioner", cwd, "statutory-direction", """
                        {"reference":"Further statutory direction: transfer of the Children with Disability service, 2016"}""");
                for (String change : List.of(cwd, platform.demo().get("EARLY_HELP_HUB"), platform.demo().get("BASKET_REVISION"))) {
                    stepBy(instances, "commissioner", change, "approval", "{\"comment\":\"Cabinet decision\"}");
                }
                stepBy(instances, "commissioner", cwd, "implementation", "{}");
                instances.next("trust-performance", PERFORMANCE).body("""
                                [{"indicatorCode":"RE-REFERRALS","period":"2015-Q4","numerator":70,"denominator":200}]""")
                        .post("/api/v1/contracts/" + contract + "/observations").then().statusCode(201);
                String milestoneTitle = "Outstanding, watched by two instances " + run;
                milestone = instances.next("commissioner", PERFORMANCE).body("""
                                {"title":"%s","targetJudgement":"OUTSTANDING","dueDate":"%s",
                                 "inspectionType":"An inspection no one has made %s"}"""
                                .formatted(milestoneTitle, LocalDate.parse(today).plusDays(30), run))
                        .post("/api/v1/contracts/" + contract + "/milestones").then().statusCode(201).extract().path("id");
                instances.next("trust-finance", FINANCE).contentType("text/csv").body("""
                                budget_line,actual_to_date,forecast_outturn
                                staffing,9100000.00,18200000.00
                                placements,6420000.00,12848000.00
                                commissioned-services,3800000.00,7611000.00
                                overheads,2000000.00,4000000.00
                                """)
                        .post("/api/v1/budgets/" + platform.demo().get("BUDGET_2015_16") + "/monitoring-returns?period=2015-Q3").then().statusCode(201);
                // Both notification instances' reminder jobs run every second: the milestone's reminder is raised once.
                String approaching = "/api/v1/inbox?eventType=reminder.milestone-approaching&size=100";
                await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(titles(instances.next("commissioner", NOTIFICATIONS),
                        approaching)).filteredOn(text -> text.contains(milestoneTitle)).isNotEmpty());
                await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> assertThat(titles(
                        instances.next("commissioner", NOTIFICATIONS), approaching)).filteredOn(text -> text.contains(milestoneTitle)).hasSize(1));

                // notification-service's B stops; the group rebalances and A reads every partition, B's too.
                instances.stopB(NOTIFICATIONS);
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(ledger.members(notifications))
                        .as("notification-service's group once B stopped (B held " + heldByB + ")")
                        .containsOnlyKeys(membersA).allSatisfy((member, assigned) -> assertThat(assigned).isEqualTo(all)));

                // The story, second half, while B of notification-service is gone: the placement variation ...
                String variation = instances.next("trust-finance", CONTRACTS).body("""
                                {"type":"BUDGET_VARIATION","title":"Placement activity, two instances %s","effectiveDate":"2015-10-01",
                                 "rationale":"Costs of children placed in care above the activity assumed in the budget",
                                 "budget":{"financialYear":"2015/16","line":"placements","amount":"%s"}}""".formatted(run, VARIATION))
                        .post("/api/v1/contracts/" + contract + "/change-requests").then().statusCode(201).extract().path("id");
                stepBy(instances, "trust-finance", variation, "submission", "{}");
                stepBy(instances, "commissioner", variation, "signatures", """
                        {"signedOn":"2016-01-15","position":"Director of People"}""");
                stepBy(instances, "trust-finance", variation, "signatures", """
                        {"signedOn":"2016-01-15","position":"Director of Finance, DCST"}""");
                stepBy(instances, "commissioner", variation, "approval", "{}");
                // ... the milestone's date passes, and both performance instances' checks find it missed ...
                assertThat(ledger.queryLong("performance", "UPDATE milestone SET due_date = current_date - 2 WHERE id = ?::uuid RETURNING 1",
                        milestone)).isOne();
                String missed = "SELECT count(*) FROM event_outbox WHERE event_type = 'performance.milestone.missed' AND data->>'id' = ?";
                await().atMost(Duration.ofSeconds(30)).until(() -> ledger.queryLong("performance", missed, milestone) > 0);
                // ... the first period's outturn is made final, the quarter's pack and the year's report issued ...
                String outturn = "/api/v1/budgets/" + platform.demo().get("BUDGET_2014_15") + "/outturn";
                String outturnTag = instances.next("auditor", FINANCE).get(outturn).then().statusCode(200).extract().header("ETag");
                instances.next("commissioner", FINANCE).header("If-Match", outturnTag).post(outturn + "/finalisation").then().statusCode(200);
                for (String report : List.of("{\"kind\":\"QUARTERLY_PACK\",\"period\":\"2015-Q3\"", "{\"kind\":\"ANNUAL_REPORT\",\"period\":\"2014/15\"")) {
                    instances.next("commissioner", REPORTS).body(report + ",\"confirmUnvalidated\":true,\"reason\":\"For the monitoring group, "
                            + run + "\"}").post("/api/v1/contracts/" + contract + "/issued-reports").then().statusCode(201);
                }
                // ... and a contract whose events go to a partition B read, with a change request waiting for the council.
                assertThat(heldByB).as("the partitions B held").extracting(TopicPartition::topic).contains("contract.events");
                String moved = null;
                for (int i = 2; moved == null; i++) {
                    assertThat(i).as("contracts registered to find one on a partition B held, " + heldByB).isLessThan(20);
                    String registered = registerActiveContract(instances, run + "-" + i);
                    contracts.add(registered);
                    if (heldByB.contains(new TopicPartition("contract.events", ledger.partitionOf("contract.events", registered)))) {
                        moved = registered;
                    }
                }
                String governance = instances.next("trust-performance", CONTRACTS).body("""
                                {"type":"GOVERNANCE","title":"Board membership, two instances %s","effectiveDate":"2016-04-01",
                                 "rationale":"A second non-executive director on the trust's board"}""".formatted(run))
                        .post("/api/v1/contracts/" + moved + "/change-requests").then().statusCode(201).extract().path("id");
                stepBy(instances, "trust-performance", governance, "submission", "{}");

                // Everything published is read: the outboxes are drained and every group has read to the end.
                await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                    assertThat(ledger.unpublished()).as("outbox events not yet published").isZero();
                    for (Choreography.Consumer consumer : Choreography.CONSUMERS) {
                        assertThat(ledger.lag(consumer.group(), consumer.topics())).as("lag of " + consumer.group()).isEmpty();
                    }
                    assertThat(ledger.queryLong("notification", "SELECT count(*) FROM delivery WHERE status = 'PENDING'"))
                            .as("deliveries pending").isZero();
                });
                // Both instances' jobs run every second: for a few more seconds, no event more.
                int published = ledger.outbox().size();
                await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                        assertThat(ledger.outbox()).as("the story's events, while the jobs run on").hasSize(published));
                assertThat(instances.died(NOTIFICATIONS)).as("instances B that stopped on their own").isEmpty();
                System.out.printf("Two instances: B of every service ready %d ms after starting; calls taken: %s%n",
                        startup, instances.calls());
            }

            // Every event published once: on its topic exactly once, none missing, none the outboxes did not hold.
            List<EventLedger.Event> outbox = ledger.outbox();
            List<EventLedger.Event> onTopics = ledger.onTopics();
            assertThat(EventLedger.countBy(onTopics, EventLedger.Event::id)).as("records per event id on the topics")
                    .allSatisfy((id, records) -> assertThat(records).as("records of event " + id).isOne());
            assertThat(onTopics).extracting(EventLedger.Event::id).as("event ids on the topics against the outboxes")
                    .containsExactlyInAnyOrderElementsOf(outbox.stream().map(EventLedger.Event::id).toList());
            Map<String, Long> expected = new TreeMap<>(STORY_EVENTS);
            expected.put("contract.registered", (long) contracts.size());
            expected.put("contract.status-changed", (long) contracts.size());
            assertThat(EventLedger.countBy(outbox, EventLedger.Event::type)).as("the story's events by type").isEqualTo(expected);

            // Every consumer applied each event it reads once per handler, recorded in its inbox: no more, none missing.
            String ids = onTopics.stream().map(EventLedger.Event::id).collect(Collectors.joining(",", "{", "}"));
            for (Choreography.Consumer consumer : Choreography.CONSUMERS) {
                assertThat(ledger.rows(consumer.database(), "SELECT event_id || ' ' || handler || ' (' || event_type || ')' FROM processed_event "
                        + "WHERE event_id = ANY(?::uuid[])", ids)).as("the inbox of " + consumer.group())
                        .containsExactlyInAnyOrderElementsOf(Choreography.expectedInbox(consumer, onTopics));
            }
            // Each cross-service effect once: the new contracts in the projections, the variation on the budget, the basket.
            for (String registered : contracts) {
                assertThat(ledger.queryLong("performance", "SELECT count(*) FROM contract WHERE id = ?::uuid", registered)).isOne();
                assertThat(ledger.queryLong("finance", "SELECT count(*) FROM contract WHERE id = ?::uuid", registered)).isOne();
                assertThat(ledger.queryLong("notification", "SELECT count(*) FROM known_contract WHERE id = ?::uuid", registered)).isOne();
            }
            platform.as("auditor", FINANCE).get("/api/v1/budgets/" + platform.demo().get("BUDGET_2015_16")).then().statusCode(200)
                    .body("adjustments.findAll { it.category == 'CONTRACT_VARIATION' && it.amount == '" + VARIATION + "' }", hasSize(1));
            platform.as("auditor", PERFORMANCE).get("/api/v1/baskets/" + platform.demo().get("BASKET_V2")).then()
                    .body("status", equalTo("ACTIVE")).body("effectiveFrom", equalTo("2016-04-01"));

            // Each notification delivered once to each of its recipients, by the delivery worker of one instance, at the
            // first attempt; the email once through the SMTP server.
            List<String> deliveries = ledger.rows("notification", """
                    SELECT n.event_id || ' ' || d.recipient || ' ' || d.channel,
                           n.event_type || ' -> ' || d.recipient || ' ' || d.channel || ' ' || d.status || ', attempts ' || d.attempts
                      FROM notification n JOIN delivery d ON d.notification_id = n.id WHERE n.event_id = ANY(?::uuid[])""", ids);
            assertThat(EventLedger.countBy(deliveries, delivery -> delivery.split(" \\| ")[0])).as("deliveries per event, recipient and channel")
                    .allSatisfy((delivery, times) -> assertThat(times).as(delivery).isOne());
            assertThat(EventLedger.countBy(deliveries, delivery -> delivery.split(" \\| ")[1])).as("the story's deliveries")
                    .isEqualTo(new TreeMap<>(STORY_DELIVERIES));
            assertThat(mailTo(email)).as("emails to " + email).isOne();
            assertThat(titles("commissioner", "/api/v1/inbox?eventType=contract.change-request.submitted&size=100"))
                    .as("the change request waiting for the council, on a partition B read before it stopped")
                    .filteredOn(text -> text.contains("two instances " + run)).hasSize(2);
            assertThat(ledger.queryLong("notification", "SELECT count(*) FROM reminder WHERE kind = 'reminder.milestone-approaching' AND item_key = ?",
                    milestone)).as("reminders of the milestone").isOne();
            for (int service : List.of(PERFORMANCE, FINANCE, NOTIFICATIONS)) {
                platform.as("admin", service).get("/api/v1/admin/dead-letters").then().statusCode(200).body("", hasSize(0));
            }
            assertThat(platform.printed()).doesNotContain("exited with code");
        }
    }

    /** Registers a contract by the instances in turn and makes it ACTIVE; answers its id. */
    private static String registerActiveContract(SecondInstances instances, String suffix) throws IOException {
        String id = instances.next("commissioner", CONTRACTS).body("""
                        {"reference":"TWO-%s","title":"Service Delivery Contract registered by two instances",
                         "commissioner":{"name":"Doncaster Metropolitan Borough Council","identifier":"E08000017"},
                         "provider":{"name":"Doncaster Children's Services Trust","identifier":"09133418"},
                         "commencementDate":"2016-04-01","expiryDate":"2026-03-31",
                         "contractYearStart":"--04-01","financialYearStart":"--04-01",
                         "statutoryDirections":["Direction under section 497A of the Education Act 1996, 2016"]}""".formatted(suffix))
                .post("/api/v1/contracts").then().statusCode(201).extract().path("id");
        String etag = instances.next("auditor", CONTRACTS).get("/api/v1/contracts/" + id).then().statusCode(200).extract().header("ETag");
        instances.next("commissioner", CONTRACTS).header("If-Match", etag)
                .body("{\"status\":\"ACTIVE\",\"comment\":\"Services transferred on 1 April 2016\"}")
                .post("/api/v1/contracts/" + id + "/status").then().statusCode(200);
        return id;
    }

    /** Takes a change request one step: its ETag read by one instance, the step taken by the next. */
    private static void stepBy(SecondInstances instances, String role, String change, String step, String body) throws IOException {
        String etag = instances.next("auditor", CONTRACTS).get("/api/v1/change-requests/" + change).then().statusCode(200)
                .extract().header("ETag");
        instances.next(role, CONTRACTS).header("If-Match", etag).body(body).post("/api/v1/change-requests/" + change + "/" + step)
                .then().statusCode(200);
    }

    /** How many emails the local stack's SMTP server kept for an address. */
    private static long mailTo(String address) throws IOException {
        Path directory = platform.dataDirectory.resolve("mail");
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(directory)) {
            long sent = 0;
            for (Path file : files.filter(path -> path.toString().endsWith(".eml")).toList()) {
                if (Files.readString(file, StandardCharsets.ISO_8859_1).contains("To: " + address)) {
                    sent++;
                }
            }
            return sent;
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

    /**
     * The due date of performance-service's {@code table} row {@code id} passes, as a night would pass, while the
     * outbox is held so that every instance's daily job finds it at the same time: {@code eventType} is announced once
     * (the outbox holds one whose {@code field} is {@code key}, and still one 4 s later), and reaches each of
     * {@code roles}' inbox once (titled with {@code title}, still once after {@code inboxDuring}).
     */
    private static void dueDatePassedAnnouncedOnce(String table, String id, String eventType, String field, String key,
                                                   String title, Duration inboxDuring, String... roles)
            throws SQLException, InterruptedException {
        String performance = platform.jdbcUrl("performance");
        try (TableHold hold = TableHold.of(performance, "event_outbox")) {
            execute(performance, "UPDATE " + table + " SET due_date = current_date - 2 WHERE id = ?::uuid", id);
            hold.letJobsPileUp();
        }
        String announced = "SELECT count(*) FROM event_outbox WHERE event_type = '" + eventType + "' AND data->>'" + field + "' = ?";
        await().atMost(Duration.ofSeconds(30)).until(() -> count(performance, announced, key) > 0);
        await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(count(performance, announced, key)).as(eventType + " announcements").isOne());
        for (String role : roles) {
            inTheInboxOnce(role, "/api/v1/inbox?eventType=" + eventType + "&size=100", title, inboxDuring);
        }
    }

    /** Waits until {@code role}'s inbox (as {@code inbox} lists it) shows {@code title}, then that it stays once for {@code during}. */
    private static void inTheInboxOnce(String role, String inbox, String title, Duration during) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(titles(role, inbox)).filteredOn(text -> text.contains(title)).isNotEmpty());
        await().during(during).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(titles(role, inbox)).filteredOn(text -> text.contains(title)).hasSize(1));
    }

    private static List<String> titles(String role, String inbox) throws IOException {
        return titles(platform.as(role, NOTIFICATIONS), inbox);
    }

    private static List<String> titles(RequestSpecification call, String inbox) {
        return call.get(inbox).then().statusCode(200).extract().jsonPath().getList("title", String.class);
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
