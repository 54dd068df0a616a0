package io.sdc.endtoend;

import io.restassured.path.json.JsonPath;
import io.sdc.benchmark.Benchmark;
import io.sdc.benchmark.Endpoints;
import io.sdc.benchmark.Row;
import io.sdc.benchmark.Sizes;
import io.sdc.benchmark.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static io.sdc.endtoend.ReadmePorts.CONTRACTS;
import static io.sdc.endtoend.ReadmePorts.PERFORMANCE;
import static io.sdc.endtoend.ReadmePorts.FINANCE;
import static io.sdc.endtoend.ReadmePorts.NOTIFICATIONS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/**
 * The seeds' story across all four services, on real PostgreSQL and Kafka, started as {@code deploy/run-local} starts
 * them: the demo data the launcher loads on a first start; the README's walkthrough run as written (the annual
 * review's three changes, the CWD transfer waiting for its statutory direction, the revised basket in force from its
 * effective date, the Q2 overspend telling the commissioner, the placement budget variation, the £49k surplus after
 * the risk share, an auditor reading and not writing); and a later start that finds the demo data and adds nothing.
 * <p>
 * The later start exports the services' spans over OTLP to a receiver this test runs, and serves two more checks: one
 * approval followed across services by its trace (the commissioner's approval carries a trace id the test chose, W3C
 * {@code traceparent}, which reaches contract-service's sending of the approval event to Kafka and
 * notification-service's handling of it); and the benchmark's smoke run (deploy/benchmark), every measurement with
 * tiny sizes, so that the benchmark cannot rot.
 */
@Order(1) // before the browser tests, which share a platform that runs until the end
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeedStoryEndToEndIT {

    private static final Duration PROPAGATION = Duration.ofSeconds(60);
    private static final String APPROVED = "contract.change-request.approved";

    private static OtlpReceiver receiver;
    private static RunningPlatform platform;
    private static String firstStart;

    @BeforeAll
    static void startThePlatform() throws Exception {
        platform = RunningPlatform.inFreshDirectory(null);
        firstStart = platform.start();
    }

    @AfterAll
    static void stopThePlatform() throws InterruptedException {
        RunningPlatform.stopIfStarted(platform);
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    @Order(1)
    void loadsTheSeedContractAsAtItsFirstAnnualReviewOnTheFirstStart() throws IOException {
        assertThat(firstStart).contains("Demo data loaded: contract DCST-SDC-2014");
        assertThat(firstStart).doesNotContain("incomplete", "could not be loaded");
        assertThat(platform.demo()).containsOnlyKeys("CONTRACT", "REVIEW", "CWD_TRANSFER", "EARLY_HELP_HUB", "BASKET_REVISION",
                "BASKET_V1", "BASKET_V2", "BUDGET_2014_15", "BUDGET_2015_16", "BUDGET_2016_17");
        String contract = platform.demo().get("CONTRACT");

        platform.as("auditor", CONTRACTS).get("/api/v1/contracts/" + contract).then().statusCode(200)
                .body("reference", equalTo("DCST-SDC-2014"))
                .body("commencementDate", equalTo("2014-10-01"))
                .body("status", equalTo("ACTIVE"))
                .body("provider.name", equalTo("Doncaster Children's Services Trust"));
        platform.as("auditor", CONTRACTS).get("/api/v1/annual-reviews/" + platform.demo().get("REVIEW")).then().statusCode(200)
                .body("budgetConfirmedInPrinciple.amount", equalTo("42200000.00"))
                .body("changesAgreedInPrinciple.reference", contains("NCR-1", "NCR-2", "NCR-3"))
                .body("changesAgreedInPrinciple.status", everyItem(equalTo("AGREED_IN_PRINCIPLE")));

        platform.as("auditor", PERFORMANCE).get("/api/v1/contracts/" + contract + "/scorecard?period=2015-Q3").then().statusCode(200)
                .body("basketVersionNumber", equalTo(1))
                .body("indicators.find { it.indicatorCode == 'RE-REFERRALS' }.value", equalTo(23.0f))
                .body("indicators.find { it.indicatorCode == 'RE-REFERRALS' }.rag", equalTo("GREEN"))
                .body("indicators.find { it.indicatorCode == 'RE-REFERRALS' }.directionSinceBaseline", equalTo("IMPROVING"));
        platform.as("auditor", PERFORMANCE).get("/api/v1/contracts/" + contract + "/inspections").then().statusCode(200)
                .body("", hasSize(7))
                .body("find { it.date == '2015-11-04' }.overallJudgement", equalTo("INADEQUATE"))
                .body("findAll { it.type.startsWith(\"Children's home\") }.overallJudgement",
                        containsInAnyOrder("GOOD", "GOOD", "GOOD", "OUTSTANDING"));
        // Judged by Ofsted's inspection of services for children in need alone: a home's Outstanding does not meet them.
        platform.as("auditor", PERFORMANCE).get("/api/v1/contracts/" + contract + "/milestones?asOf=2016-01-29").then().statusCode(200)
                .body("title", contains("Requires Improvement by April 2016", "Outstanding by October 2019"))
                .body("status", contains("ON_TRACK", "ON_TRACK"));

        platform.as("auditor", FINANCE).get("/api/v1/budgets/" + platform.demo().get("BUDGET_2016_17")).then().statusCode(200)
                .body("baseAmount", equalTo("42311000.00"))
                .body("total", equalTo("42200000.00"))
                .body("netChange", equalTo("-111000.00"))
                .body("status", equalTo("CONFIRMED_IN_PRINCIPLE"));
        platform.as("auditor", FINANCE).get("/api/v1/budgets/" + platform.demo().get("BUDGET_2014_15") + "/outturn").then().statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("trustPositionAfterRiskShare", equalTo("49000.00"));
        await().atMost(PROPAGATION).untilAsserted(() ->
                platform.as("commissioner", NOTIFICATIONS).get("/api/v1/inbox?eventType=contract.change-request.agreed-in-principle")
                        .then().statusCode(200).body("", hasSize(3)));
    }

    @Test
    @Order(2)
    void livesTheStoryThroughTheReadmesWalkthrough() throws Exception {
        // The finance team's shared mailbox hears of overspends too, through the local stack's SMTP server.
        platform.as("commissioner", NOTIFICATIONS).body("""
                        {"recipient":"role:commissioner","eventTypes":["finance.forecast.overspend"],"channel":"EMAIL",
                         "email":"commissioning.finance@council.example"}""")
                .post("/api/v1/subscriptions").then().statusCode(201);
        ReadmeWalkthrough walkthrough = ReadmeWalkthrough.from(platform.repositoryRoot.resolve("README.md")).against(platform);
        String output = walkthrough.run(platform.repositoryRoot, platform.dataDirectory.resolveSibling("walkthrough.log"));

        assertThat(ReadmeWalkthrough.statuses(output)).as("the statuses the walkthrough's calls printed:\n" + output).containsExactly(
                200, 200,                               // 1. the review, the commissioner's inbox
                409, 200, 200, 200, 200, 200,           // 2. approval refused, direction, three approvals, implementation
                200, 200, 200,                          // 3. scope before and after, versions
                200, 200, 200,                          // 4. baskets, scorecards
                201, 200, 200,                          // 5. the Q2 return, forecast, inbox
                200, 200, 200, 200, 200, 200,           // 6. the variation's steps (two signatures), budget, forecast
                200, 200,                               // 7. outturn, finalisation
                200, 200, 200, 200, 200, 200, 403);     // 8. histories, returns, a write refused
        assertThat(output).contains("record the further statutory direction");
        String contract = platform.demo().get("CONTRACT");

        // The CWD transfer is implemented and the scope changes from its effective date.
        platform.as("auditor", CONTRACTS).get("/api/v1/change-requests/" + platform.demo().get("CWD_TRANSFER")).then().statusCode(200)
                .body("status", equalTo("IMPLEMENTED"))
                .body("statutoryDirectionReference", containsString("Children with Disability"))
                .body("steps.to", contains("DRAFT", "SUBMITTED", "SUBMITTED", "AGREED_IN_PRINCIPLE", "APPROVED", "IMPLEMENTED"))
                // Agreed in principle by two people, each signing for their own party under their own name.
                .body("signatures.party", contains("COUNCIL", "TRUST"))
                .body("signatures.name", contains("commissioner@local-stack", "trust-performance@local-stack"))
                .body("agreement.commissionerSignatory", equalTo("commissioner@local-stack"));
        platform.as("auditor", CONTRACTS).get("/api/v1/contracts/" + contract + "/scope?on=2016-03-31").then()
                .body("code", not(hasItem("children-with-disability")));
        platform.as("auditor", CONTRACTS).get("/api/v1/contracts/" + contract + "/scope?on=2016-04-01").then()
                .body("code", hasItem("children-with-disability"));
        platform.as("auditor", CONTRACTS).get("/api/v1/contracts/" + contract + "/versions").then()
                .body("number", contains(1, 2));

        // The revised basket is in force from 2016-04-01, through contract-service's approval event.
        await().atMost(PROPAGATION).untilAsserted(() ->
                platform.as("auditor", PERFORMANCE).get("/api/v1/baskets/" + platform.demo().get("BASKET_V2")).then()
                        .body("status", equalTo("ACTIVE")).body("effectiveFrom", equalTo("2016-04-01")));
        platform.as("auditor", PERFORMANCE).get("/api/v1/baskets/" + platform.demo().get("BASKET_V1")).then()
                .body("status", equalTo("SUPERSEDED")).body("supersededFrom", equalTo("2016-04-01"));
        platform.as("auditor", PERFORMANCE).get("/api/v1/contracts/" + contract + "/scorecard?period=2016-Q2").then()
                .body("basketVersionNumber", equalTo(2));
        platform.as("auditor", PERFORMANCE).get("/api/v1/contracts/" + contract + "/scorecard?period=2016-Q1").then()
                .body("basketVersionNumber", equalTo(1));

        // The Q2 overspend reached the commissioner, once.
        await().atMost(PROPAGATION).untilAsserted(() ->
                platform.as("commissioner", NOTIFICATIONS).get("/api/v1/inbox?eventType=finance.forecast.overspend").then()
                        .statusCode(200).body("", hasSize(1)).body("[0].contractId", equalTo(contract)));

        await().atMost(PROPAGATION).untilAsserted(() -> assertThat(mail()).singleElement()
                .satisfies(message -> assertThat(message).contains("To: commissioning.finance@council.example")
                        .contains("Forecast overspend")));

        // The placement variation landed on the 2015/16 budget, once, and balanced the forecast.
        await().atMost(PROPAGATION).untilAsserted(() ->
                platform.as("auditor", FINANCE).get("/api/v1/budgets/" + platform.demo().get("BUDGET_2015_16")).then()
                        .body("adjustments.findAll { it.category == 'CONTRACT_VARIATION' }", hasSize(1))
                        .body("adjustments.find { it.category == 'CONTRACT_VARIATION' }.amount", equalTo("348000.00"))
                        .body("adjustments.find { it.category == 'CONTRACT_VARIATION' }.lineCode", equalTo("placements"))
                        .body("total", equalTo("42659000.00")));
        platform.as("auditor", FINANCE).get("/api/v1/budgets/" + platform.demo().get("BUDGET_2015_16") + "/forecast").then()
                .body("period", equalTo("2015-Q3")).body("variance", equalTo("0.00"));

        // The first period ends with a £49k surplus after the risk share, final.
        platform.as("auditor", FINANCE).get("/api/v1/budgets/" + platform.demo().get("BUDGET_2014_15") + "/outturn").then()
                .body("status", equalTo("FINAL"))
                .body("trustPositionAfterRiskShare", equalTo("49000.00"))
                .body("calculation.position", equalTo("UNDERSPEND"))
                .body("calculation.totalVariance", equalTo("-98000.00"));

        // Every event was applied: no service holds a dead letter.
        for (int service : List.of(PERFORMANCE, FINANCE, NOTIFICATIONS)) {
            platform.as("admin", service).get("/api/v1/admin/dead-letters").then().statusCode(200).body("", hasSize(0));
        }
    }

    @Test
    @Order(3)
    void letsAnAuditorReadTheHistoryOfEachStepAndWriteNothing() throws IOException {
        String contract = platform.demo().get("CONTRACT");
        platform.as("auditor", CONTRACTS).get("/api/v1/audit/changes?size=200&contractId=" + contract).then().statusCode(200)
                .body("resourceType", hasItem("annual-review"))
                .body("resourceType", hasItem("service-area"))
                .body("findAll { it.resourceType == 'service-area' }.state.code", hasItem("children-with-disability"));
        platform.as("auditor", CONTRACTS).get("/api/v1/audit/change-request/" + platform.demo().get("CWD_TRANSFER")).then().statusCode(200)
                .body("actor", hasItem("commissioner@local-stack"))
                .body("changes.flatten().findAll { it.field == 'status' }.to",
                        hasItem("IMPLEMENTED"));
        platform.as("auditor", PERFORMANCE).get("/api/v1/audit/basket-version/" + platform.demo().get("BASKET_V2")).then().statusCode(200)
                .body("changes.flatten().findAll { it.field == 'status' }.to", hasItem("ACTIVE"));
        platform.as("auditor", FINANCE).get("/api/v1/audit/budget/" + platform.demo().get("BUDGET_2015_16")).then().statusCode(200)
                .body("state.total", hasItem("42659000.00"));
        platform.as("auditor", FINANCE).get("/api/v1/budgets/" + platform.demo().get("BUDGET_2015_16") + "/monitoring-returns").then()
                .statusCode(200).body("period", hasItems("2015-Q2", "2015-Q3"))
                .body("find { it.period == '2015-Q2' }.submittedBy", equalTo("demo-data@local-stack"))
                .body("find { it.period == '2015-Q3' }.submittedBy", equalTo("trust-finance@local-stack"));
        String outturn = platform.as("auditor", FINANCE).get("/api/v1/budgets/" + platform.demo().get("BUDGET_2014_15") + "/outturn")
                .then().extract().path("id");
        platform.as("auditor", FINANCE).get("/api/v1/audit/outturn/" + outturn).then().statusCode(200)
                .body("actor", hasItem("commissioner@local-stack"))
                .body("changes.flatten().findAll { it.field == 'status' }.to", hasItem("FINAL"));
        platform.as("auditor", FINANCE).get("/api/v1/audit/changes?size=200&contractId=" + contract).then().statusCode(200)
                .body("resourceType", hasItem("outturn"));

        // Writes as an auditor, each refused and each leaving its resource as it was.
        String change = "/api/v1/change-requests/" + platform.demo().get("EARLY_HELP_HUB");
        String etag = platform.as("auditor", CONTRACTS).get(change).then().extract().header("ETag");
        platform.as("auditor", CONTRACTS).header("If-Match", etag).body("{}").post(change + "/implementation").then()
                .statusCode(403).contentType(containsString("application/problem+json"));
        platform.as("auditor", CONTRACTS).body("{\"code\":\"x\",\"name\":\"x\",\"inScopeFrom\":\"2016-04-01\"}")
                .post("/api/v1/contracts/" + contract + "/scope").then().statusCode(403);
        platform.as("auditor", PERFORMANCE).body("[]").post("/api/v1/contracts/" + contract + "/observations").then().statusCode(403);
        String budget = "/api/v1/budgets/" + platform.demo().get("BUDGET_2016_17");
        String budgetEtag = platform.as("auditor", FINANCE).get(budget).then().extract().header("ETag");
        platform.as("auditor", FINANCE).header("If-Match", budgetEtag).body("{\"status\":\"APPROVED\"}").post(budget + "/status")
                .then().statusCode(403);
        platform.as("auditor", NOTIFICATIONS).body("{\"recipient\":\"role:auditor\",\"eventTypes\":[\"finance.forecast.overspend\"],\"channel\":\"INBOX\"}")
                .post("/api/v1/subscriptions").then().statusCode(403);
        platform.as("auditor", CONTRACTS).get(change).then().header("ETag", equalTo(etag)).body("status", equalTo("APPROVED"));
        platform.as("auditor", FINANCE).get(budget).then().header("ETag", equalTo(budgetEtag)).body("status", equalTo("CONFIRMED_IN_PRINCIPLE"));
    }

    @Test
    @Order(4)
    void findsTheDemoDataOnALaterStartAndAddsNothing() throws Exception {
        String contract = platform.demo().get("CONTRACT");
        Map<String, Integer> before = counts(contract);
        platform.stop();
        // The later start exports the services' spans to this test's receiver, for the checks of its trace below.
        receiver = new OtlpReceiver();
        platform.withEnvironment(Map.of(
                "QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", receiver.endpoint(),
                "QUARKUS_OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "http/protobuf",
                "QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "200ms"));

        String secondStart = platform.start();

        assertThat(secondStart).contains("Demo data already present").doesNotContain("Demo data loaded");
        assertThat(platform.environment("demo.env")).containsAllEntriesOf(platform.demo());
        assertThat(counts(contract)).isEqualTo(before);
        List<String> references = platform.as("auditor", CONTRACTS).get("/api/v1/contracts?size=200").then().statusCode(200)
                .extract().jsonPath().getList("reference");
        assertThat(references).containsOnlyOnce("DCST-SDC-2014");
    }

    @Test
    @Order(5)
    void anApprovalsTraceIdReachesTheNotificationServicesHandlingOfItsEvent() throws IOException {
        String contract = platform.demo().get("CONTRACT");
        String change = platform.as("trust-finance", CONTRACTS).body("""
                        {"type":"BUDGET_VARIATION","title":"Placement activity, traced %s","effectiveDate":"2015-10-01",
                         "rationale":"Costs of children placed in care above the activity assumed in the budget",
                         "budget":{"financialYear":"2015/16","line":"placements","amount":"2345.00"}}"""
                        .formatted(UUID.randomUUID().toString().substring(0, 8)))
                .post("/api/v1/contracts/" + contract + "/change-requests").then().statusCode(201).extract().path("id");
        takeStep("trust-finance", change, "submission", "{}", null);
        takeStep("commissioner", change, "signatures", """
                {"signedOn":"2016-01-15","position":"Director of People"}""", null);
        takeStep("trust-finance", change, "signatures", """
                {"signedOn":"2016-01-15","position":"Director of Finance, DCST"}""", null);

        String traceId = UUID.randomUUID().toString().replace("-", "");
        takeStep("commissioner", change, "approval", "{}", "00-" + traceId + "-00f067aa0ba902b7-01");
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
    @Order(6)
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
    private static void takeStep(String role, String change, String step, String body, String traceparent) throws IOException {
        String etag = platform.as("auditor", CONTRACTS).get("/api/v1/change-requests/" + change).then().statusCode(200)
                .extract().header("ETag");
        var request = platform.as(role, CONTRACTS).header("If-Match", etag).body(body);
        if (traceparent != null) {
            request = request.header("traceparent", traceparent);
        }
        request.post("/api/v1/change-requests/" + change + "/" + step).then().statusCode(200);
    }

    /** The email the local stack's SMTP server kept, each message as its text. */
    private static List<String> mail() throws IOException {
        Path directory = platform.dataDirectory.resolve("mail");
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            List<String> messages = new java.util.ArrayList<>();
            for (Path file : files.filter(path -> path.toString().endsWith(".eml")).sorted().toList()) {
                messages.add(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1));
            }
            return messages;
        }
    }

    /** How many of each of the demo contract's resources the services hold. */
    private static Map<String, Integer> counts(String contract) throws IOException {
        return Map.of(
                "change requests", size(platform.as("auditor", CONTRACTS).get("/api/v1/contracts/" + contract + "/change-requests").jsonPath()),
                "annual reviews", size(platform.as("auditor", CONTRACTS).get("/api/v1/contracts/" + contract + "/annual-reviews").jsonPath()),
                "scope", size(platform.as("auditor", CONTRACTS).get("/api/v1/contracts/" + contract + "/scope").jsonPath()),
                "baskets", size(platform.as("auditor", PERFORMANCE).get("/api/v1/contracts/" + contract + "/baskets").jsonPath()),
                "inspections", size(platform.as("auditor", PERFORMANCE).get("/api/v1/contracts/" + contract + "/inspections").jsonPath()),
                "milestones", size(platform.as("auditor", PERFORMANCE).get("/api/v1/contracts/" + contract + "/milestones").jsonPath()),
                "budgets", size(platform.as("auditor", FINANCE).get("/api/v1/contracts/" + contract + "/budgets").jsonPath()),
                "2015/16 returns", size(platform.as("auditor", FINANCE).get("/api/v1/budgets/" + platform.demo().get("BUDGET_2015_16")
                        + "/monitoring-returns").jsonPath()));
    }

    private static int size(JsonPath list) {
        return list.getList("").size();
    }
}
