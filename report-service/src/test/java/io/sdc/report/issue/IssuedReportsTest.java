package io.sdc.report.issue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.sdc.platform.events.CloudEventCodec;
import io.sdc.platform.events.DomainEvent;
import io.sdc.platform.events.KafkaClients;
import io.sdc.platform.events.OutboxEvent;
import io.sdc.platform.security.Roles;
import io.sdc.platform.testing.AsyncApiSchemas;
import io.sdc.platform.testing.EventRecords;
import io.sdc.platform.testing.ServiceEvents;
import io.sdc.platform.testing.TestTokens;
import io.sdc.report.RecordedServices;
import io.sdc.report.issue.events.ReportIssued;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issuing a report over the API, on the demo contract's recorded answers: what is kept is byte for byte what was
 * issued, whatever is corrected afterwards; figures not validated are issued only when confirmed with a reason; only
 * the commissioner issues; report.issued reaches Kafka once and fits the AsyncAPI document; the database refuses to
 * change an issued report.
 */
@QuarkusTest
class IssuedReportsTest {

    private static final String CONTRACT = RecordedServices.DEMO_CONTRACT;
    private static final String ISSUED = "/api/v1/contracts/" + CONTRACT + "/issued-reports";
    private static final String PACK = "QUARTERLY_PACK";
    private static final String QUARTER = "2015-Q3";
    /** The recorded scorecard of the quarter, whose agency staff figure a test corrects. */
    private static final String SCORECARD = "/api/v1/contracts/" + CONTRACT + "/scorecard?period=2015-Q3";
    private static final String AGENCY = "AGENCY-SOCIAL-WORKERS";
    private static final List<Class<? extends DomainEvent>> RECORDS = List.of(ReportIssued.class);

    private final String commissioner = TestTokens.forUser("j.officer@doncaster.test", Roles.COMMISSIONER);
    private final String auditor = TestTokens.forRole(Roles.AUDITOR);

    RecordedServices services;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    KafkaClients kafkaClients;

    @Inject
    CloudEventCodec codec;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    ServiceEvents events;

    @Test
    void issuesFiguresNotValidatedOnlyWhenConfirmedWithAReasonAndKeepsExactlyWhatWasIssued() throws Exception {
        long before = stored();
        Response refused = issue(commissioner, body(false, null), null);
        assertThat(refused.statusCode()).as(refused.asString()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getList("violations.field")).containsExactly("confirmUnvalidated", "reason");
        assertThat(refused.jsonPath().getString("detail")).contains("not all validated");
        assertThat(stored()).isEqualTo(before);

        Instant start = events.now();
        Response issued = issue(commissioner, body(true, "The scrutiny committee meets before the council validates the quarter"), null);
        assertThat(issued.statusCode()).as(issued.asString()).isEqualTo(201);
        JsonPath view = issued.jsonPath();
        String id = view.getString("id");
        assertThat(issued.header("Location")).endsWith("/api/v1/issued-reports/" + id);
        assertThat(view.getString("contractId")).isEqualTo(CONTRACT);
        assertThat(view.getString("kind")).isEqualTo(PACK);
        assertThat(view.getString("period")).isEqualTo(QUARTER);
        assertThat(view.getInt("number")).isEqualTo(previousIssues(id) + 1);
        assertThat(view.getString("issuedBy")).isEqualTo("j.officer@doncaster.test");
        assertThat(view.getString("issuerRole")).isEqualTo(Roles.COMMISSIONER);
        assertThat(Instant.parse(view.getString("issuedAt"))).isBetween(start, events.now());
        assertThat(view.getBoolean("provisional")).isTrue();
        assertThat(view.getList("unvalidated", String.class)).isNotEmpty().anyMatch(text -> text.contains("provisional"));
        assertThat(view.getString("reason")).isEqualTo("The scrutiny committee meets before the council validates the quarter");
        assertThat(stored()).isEqualTo(before + 1);

        // What an auditor fetches later is byte for byte what was stored, and hashes to what the record says.
        Issued copy = fetch(id);
        assertThat(copy.pdf()).startsWith("%PDF".getBytes());
        assertThat(sha256(copy.pdf())).isEqualTo(view.getString("pdfSha256"));
        assertThat(sha256(copy.figures())).isEqualTo(view.getString("figuresSha256"));
        assertThat(copy.pdf()).isEqualTo(column(id, "pdf"));
        assertThat(copy.figures()).isEqualTo(column(id, "figures"));
        // The PDF kept says on its first page which figures were not validated.
        assertThat(firstPage(copy.pdf())).contains(oneLine(view.getList("unvalidated", String.class).get(0)))
                .contains("Issued copy, issue " + view.getInt("number") + ": issued by " + view.getString("issuedBy"));
        JsonNode figures = objectMapper.readTree(copy.figures());
        assertThat(figures.path("period").asText()).isEqualTo(QUARTER);
        assertThat(figures.path("validation").path("allValidated").asBoolean()).isFalse();

        // The list, newest first, and the audit history: who issued it, when and why.
        given().auth().oauth2(auditor).when().get(ISSUED).then().statusCode(200)
                .body("[0].id", org.hamcrest.Matchers.equalTo(id));
        JsonPath history = given().auth().oauth2(auditor).when().get("/api/v1/audit/issued-report/" + id)
                .then().statusCode(200).extract().jsonPath();
        assertThat(history.getList("action")).containsExactly("CREATED");
        assertThat(history.getString("[0].actor")).isEqualTo("j.officer@doncaster.test");
        assertThat(history.getString("[0].role")).isEqualTo(Roles.COMMISSIONER);
        assertThat(history.getString("[0].reason")).isEqualTo("The scrutiny committee meets before the council validates the quarter");
        assertThat(history.getString("[0].state.pdfSha256")).isEqualTo(view.getString("pdfSha256"));

        // report.issued: once on Kafka, fitting the AsyncAPI document, exactly the record's JSON.
        List<ConsumerRecord<String, String>> onKafka = publishedOnKafka(id);
        assertThat(onKafka).hasSize(1);
        assertThat(onKafka.get(0).key()).isEqualTo(CONTRACT);
        JsonNode event = objectMapper.readTree(onKafka.get(0).value());
        assertThat(new AsyncApiSchemas().problems(event)).isEmpty();
        assertThat(event.path("type").asText()).isEqualTo(ReportIssued.TYPE);
        assertThat(event.path("data").path("number").asInt()).isEqualTo(view.getInt("number"));
        assertThat(event.path("data").path("pdfSha256").asText()).isEqualTo(view.getString("pdfSha256"));
        assertThat(event.path("data").path("figuresSha256").asText()).isEqualTo(view.getString("figuresSha256"));
        assertThat(event.path("data").path("provisional").asBoolean()).isTrue();
    }

    @Test
    void afterACorrectionTheIssuedCopyIsByteForByteWhatWasIssuedAndAReissueIsNumberedNextWithAReason() throws Exception {
        Response first = issue(commissioner, body(true, "For the monitoring group"), null);
        assertThat(first.statusCode()).as(first.asString()).isEqualTo(201);
        String id = first.jsonPath().getString("id");
        int number = first.jsonPath().getInt("number");
        Issued issued = fetch(id);
        assertThat(agencyValue(objectMapper.readTree(issued.figures()))).isEqualByComparingTo("10.00");
        // The figures kept write each decimal as the service gave it, scale and all, never in exponent form.
        assertThat(new String(issued.figures(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"value\":10.00").doesNotContainPattern("[0-9]E[+-]?[0-9]");

        String recorded = RecordedServices.recorded("performance", SCORECARD);
        String corrected = recorded.replaceFirst("(\"indicatorCode\":\"" + AGENCY + "\"[^}]*?\"value\":)10\\.00", "$19.00");
        assertThat(corrected).isNotEqualTo(recorded);
        services.answer("performance", SCORECARD, 200, corrected);
        try {
            // A draft made now shows the corrected figure ...
            JsonNode draft = objectMapper.readTree(given().auth().oauth2(auditor).accept("application/json")
                    .when().get("/api/v1/contracts/" + CONTRACT + "/quarterly-pack?period=" + QUARTER)
                    .then().statusCode(200).extract().asByteArray());
            assertThat(agencyValue(draft.path("figures"))).isEqualByComparingTo("9.00");

            // ... the issued copy does not change: same bytes, same hashes.
            Issued later = fetch(id);
            assertThat(later.pdf()).isEqualTo(issued.pdf());
            assertThat(later.figures()).isEqualTo(issued.figures());
            assertThat(later.pdfEtag()).isEqualTo(issued.pdfEtag()).isEqualTo("\"" + sha256(issued.pdf()) + "\"");
            assertThat(later.reprDigest()).isEqualTo(issued.reprDigest())
                    .isEqualTo("sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256(issued.pdf()))) + ":");
            given().auth().oauth2(auditor).when().get("/api/v1/issued-reports/" + id).then().statusCode(200)
                    .body("pdfSha256", org.hamcrest.Matchers.equalTo(sha256(issued.pdf())))
                    .body("figuresSha256", org.hamcrest.Matchers.equalTo(sha256(issued.figures())));

            // Issuing it again takes a reason and is the next number; it is made from the corrected figures.
            Response noReason = issue(commissioner, body(true, null), null);
            assertThat(noReason.statusCode()).isEqualTo(400);
            assertThat(noReason.jsonPath().getList("violations.field")).containsExactly("reason");
            Response again = issue(commissioner, body(true, null), "The agency staff figure was corrected");
            assertThat(again.statusCode()).as(again.asString()).isEqualTo(201);
            assertThat(again.jsonPath().getInt("number")).isEqualTo(number + 1);
            assertThat(again.jsonPath().getString("reason")).isEqualTo("The agency staff figure was corrected");
            Issued second = fetch(again.jsonPath().getString("id"));
            assertThat(agencyValue(objectMapper.readTree(second.figures()))).isEqualByComparingTo("9.00");
            assertThat(again.jsonPath().getString("figuresSha256")).isNotEqualTo(first.jsonPath().getString("figuresSha256"));
        } finally {
            services.answer("performance", SCORECARD, 200, recorded);
        }
        assertThat(fetch(id).figures()).isEqualTo(issued.figures());
    }

    @Test
    void onlyTheCommissionerIssuesAndBadInputIsRefusedWithNothingKept() {
        long before = stored();
        for (String role : List.of(Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN)) {
            assertThat(issue(TestTokens.forRole(role), body(true, "Wants to issue"), null).statusCode()).as(role).isEqualTo(403);
        }
        Map<String, String> bad = Map.of(
                "{\"kind\":\"MONTHLY_PACK\",\"period\":\"2015-Q3\",\"confirmUnvalidated\":true,\"reason\":\"x\"}", "kind",
                "{\"kind\":\"QUARTERLY_PACK\",\"period\":\"2015-Q5\",\"confirmUnvalidated\":true,\"reason\":\"x\"}", "period",
                "{\"kind\":\"QUARTERLY_PACK\",\"confirmUnvalidated\":true,\"reason\":\"x\"}", "period",
                "{\"kind\":\"QUARTERLY_PACK\",\"period\":\"2015-Q3\",\"confirmUnvalidated\":\"yes please\"}", "confirmUnvalidated",
                "{\"kind\":\"QUARTERLY_PACK\",", "");
        bad.forEach((body, field) -> {
            Response refused = issue(commissioner, body, null);
            assertThat(refused.statusCode()).as(body + ": " + refused.asString()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            if (!field.isEmpty()) {
                assertThat(refused.asString()).as(body).contains(field);
            }
        });
        Response unknownContract = given().auth().oauth2(commissioner).contentType("application/json").body(body(true, "x"))
                .when().post("/api/v1/contracts/" + UUID.randomUUID() + "/issued-reports").thenReturn();
        assertThat(unknownContract.statusCode()).isEqualTo(404);
        given().auth().oauth2(auditor).when().get("/api/v1/issued-reports/" + UUID.randomUUID() + "/pdf").then().statusCode(404);
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void issuesSentAtOnceAreEachKeptUnderANumberOfTheirOwnOrRefusedWithAConflict() throws Exception {
        long before = stored();
        List<Response> answers = io.sdc.platform.testing.AtOnce.calls(3, i ->
                issue(commissioner, body(true, "Issued at once, call " + i), null));
        io.sdc.platform.testing.AtOnce.assertEachCreatedOrConflict(answers, 201);
        List<Integer> numbers = answers.stream().filter(answer -> answer.statusCode() == 201)
                .map(answer -> answer.jsonPath().getInt("number")).toList();
        assertThat(numbers).doesNotHaveDuplicates();
        assertThat(stored()).isEqualTo(before + numbers.size());
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnIssuedReport() throws Exception {
        Response issued = issue(commissioner, body(true, "For the database's refusal"), null);
        assertThat(issued.statusCode()).as(issued.asString()).isEqualTo(201);
        String id = issued.jsonPath().getString("id");
        byte[] pdf = column(id, "pdf");

        for (String change : List.of("UPDATE issued_report SET pdf = '\\x25504446'::bytea WHERE id = ?",
                "UPDATE issued_report SET reason = 'rewritten' WHERE id = ?", "DELETE FROM issued_report WHERE id = ?")) {
            try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(change)) {
                statement.setObject(1, UUID.fromString(id));
                assertThatThrownBy(statement::executeUpdate).as(change).isInstanceOf(SQLException.class)
                        .hasMessageContaining("kept as issued");
            }
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.execute("TRUNCATE issued_report")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("kept as issued");
        }
        assertThat(column(id, "pdf")).isEqualTo(pdf);
        assertThat(fetch(id).pdf()).isEqualTo(pdf);
    }

    @Test
    void documentsReportIssuedAndEveryPublishedEventFitsItsSchemaAndRecord() throws Exception {
        assertThat(issue(commissioner, body(true, "For the event's schema"), null).statusCode()).isEqualTo(201);
        JsonNode document = new YAMLMapper().readTree(given().when().get("/asyncapi.yaml").then().statusCode(200).extract().asString());
        List<String> documented = new ArrayList<>();
        document.at("/components/messages").forEach(message -> documented.add(message.path("name").asText()));
        assertThat(documented).containsExactlyInAnyOrderElementsOf(EventRecords.types(RECORDS));

        List<OutboxEvent> published = events.outbox("type like 'report.%' order by sequenceNumber");
        AsyncApiSchemas schemas = new AsyncApiSchemas();
        for (OutboxEvent event : published) {
            assertThat(schemas.problems(codec.encode(event))).as(event.type() + " against the AsyncAPI document").isEmpty();
        }
        EventRecords.assertMatch(objectMapper, RECORDS, published);
    }

    private record Issued(byte[] pdf, byte[] figures, String pdfEtag, String reprDigest) {
    }

    /** The issued report's PDF and figures as an auditor downloads them, checking their headers. */
    private Issued fetch(String id) {
        Response pdf = given().auth().oauth2(auditor).when().get("/api/v1/issued-reports/" + id + "/pdf").thenReturn();
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.header("Content-Disposition")).matches("attachment; filename=\"quarterly-pack-DCST-SDC-2014-2015-Q3-issue-\\d+\\.pdf\"");
        byte[] pdfBytes = pdf.asByteArray();
        assertThat(pdf.header("ETag")).isEqualTo("\"" + sha256(pdfBytes) + "\"");
        Response figures = given().auth().oauth2(auditor).when().get("/api/v1/issued-reports/" + id + "/figures").thenReturn();
        assertThat(figures.statusCode()).isEqualTo(200);
        assertThat(figures.contentType()).startsWith("application/json");
        byte[] figureBytes = figures.asByteArray();
        assertThat(figures.header("ETag")).isEqualTo("\"" + sha256(figureBytes) + "\"");
        assertThat(figures.header("Repr-Digest")).isEqualTo("sha-256=:" + Base64.getEncoder().encodeToString(IssuedReport.sha256(figureBytes)) + ":");
        return new Issued(pdfBytes, figureBytes, pdf.header("ETag"), pdf.header("Repr-Digest"));
    }

    private static Response issue(String token, String body, String changeReason) {
        var request = given().auth().oauth2(token).contentType("application/json").body(body);
        if (changeReason != null) {
            request.header("Change-Reason", changeReason);
        }
        return request.when().post(ISSUED).thenReturn();
    }

    private static String body(boolean confirm, String reason) {
        return "{\"kind\":\"" + PACK + "\",\"period\":\"" + QUARTER + "\",\"confirmUnvalidated\":" + confirm
                + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}";
    }

    /** The agency staff figure in a quarterly pack's figures. */
    private static BigDecimal agencyValue(JsonNode figures) {
        for (JsonNode indicator : figures.path("scorecard").path("indicators")) {
            if (AGENCY.equals(indicator.path("code").asText())) {
                return indicator.path("value").decimalValue();
            }
        }
        throw new AssertionError("No " + AGENCY + " in the pack's scorecard: " + figures.path("scorecard"));
    }

    /** How many issues of the demo contract's pack for the quarter came before this one. */
    private int previousIssues(String id) {
        return given().auth().oauth2(auditor).when().get(ISSUED).then().statusCode(200).extract().jsonPath()
                .<Map<String, Object>>getList("").stream()
                .filter(r -> PACK.equals(r.get("kind")) && QUARTER.equals(r.get("period")) && !id.equals(r.get("id")))
                .toList().size();
    }

    private long stored() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT count(*) FROM issued_report")) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] column(String id, String column) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT " + column + " FROM issued_report WHERE id = ?")) {
            statement.setObject(1, UUID.fromString(id));
            try (ResultSet row = statement.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getBytes(1);
            }
        }
    }

    /** The records on report.events whose data is the issued report, read from the start of the topic. */
    private List<ConsumerRecord<String, String>> publishedOnKafka(String id) throws Exception {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = kafkaClients.consumer("report-issued-test-" + UUID.randomUUID())) {
            consumer.subscribe(List.of("report.events"));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            long quietUntil = Long.MAX_VALUE;
            while (System.nanoTime() < Math.min(deadline, quietUntil)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (id.equals(objectMapper.readTree(record.value()).path("data").path("id").asText())) {
                        found.add(record);
                        // Once it is there, read on a little longer to see that it is there once.
                        quietUntil = System.nanoTime() + Duration.ofSeconds(3).toNanos();
                    }
                }
            }
        }
        return found;
    }

    private static String firstPage(byte[] pdf) throws java.io.IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            return oneLine(stripper.getText(document));
        }
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String sha256(byte[] bytes) {
        return IssuedReport.sha256Hex(bytes);
    }
}
