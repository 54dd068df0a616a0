package io.sdc.notification.delivery;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.path.json.JsonPath;
import io.sdc.notification.RealSmtpServer;
import io.sdc.notification.TestSupport;
import io.sdc.platform.events.EventEnvelope;
import io.sdc.platform.security.Roles;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static io.sdc.notification.TestSupport.asUser;

/** Tests that deliver to a real webhook receiver: a receiver and a contract of their own for each test. */
abstract class WebhookReceiverTest {

    static final String APPROVED = "contract.change-request.approved";

    @Inject
    TestSupport support;

    WebhookReceiver receiver;
    UUID contract;
    /** Makes this test's people its own, so that their inboxes hold only what this test caused. */
    final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = new WebhookReceiver(support.clock());
        contract = UUID.randomUUID();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    /** A subscription's request: the recipient hears of approvals of this test's contract's change requests by the channel. */
    ObjectNode approvalsOfTheContract(String recipient, String channel) {
        return support.subscription(recipient, channel, contract, APPROVED);
    }

    /** This test's contract's entries in the inbox of a person in the role (of one event type, or all). */
    JsonPath inbox(String person, String role, String eventType) {
        String path = "/api/v1/inbox?size=200" + (eventType == null ? "" : "&eventType=" + eventType);
        List<Object> entries = asUser(person + "." + suffix, role).get(path).then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.contractId == '" + contract + "' }");
        return JsonPath.from(support.objectMapper().valueToTree(entries).toString());
    }

    /** The event of the type with the data, as its producer's AsyncAPI document defines it. */
    EventEnvelope as(String type, ObjectNode data) throws java.io.IOException {
        String producer = type.substring(0, type.indexOf('.')) + "-service";
        return support.asItsProducerDefinesIt(support.event(type, producer, contract, support.now(), data));
    }

    /** The emails sent since {@code before} that are about this test's contract. */
    List<MimeMessage> mailsAboutTheContract(int before) {
        return Arrays.stream(RealSmtpServer.smtp().getReceivedMessages()).skip(before).filter(message -> {
            try {
                return message.getContent().toString().contains(contract.toString());
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    /** Subscribes the receiver at the URL to approvals of this test's contract, as a webhook. */
    UUID subscribe(String url) {
        return UUID.fromString(support.subscribe(Roles.COMMISSIONER, approvalsOfTheContract("role:commissioner", "WEBHOOK").put("webhookUrl", url)).then().statusCode(201).extract().path("id"));
    }

    /** An approval of a change request of this test's contract, now. */
    EventEnvelope approval() {
        Instant now = support.now();
        ObjectNode data = support.changeRequest(UUID.randomUUID(), contract, "NCR-8", "PI_BASKET_REVISION", "A revised basket", "APPROVED", 3);
        support.step(data, "AGREED_IN_PRINCIPLE", "APPROVED", "a.patel", now);
        return support.event(APPROVED, "contract-service", contract, now, data);
    }

    /** How many deliveries to the webhooks at the URLs are delivered. */
    long delivered(List<String> urls) throws SQLException {
        long count = 0;
        for (String url : urls) {
            count += support.rows("SELECT count(*) FROM delivery d JOIN subscription s ON s.id = d.subscription_id "
                    + "WHERE s.webhook_url = ? AND d.status = 'DELIVERED'", url);
        }
        return count;
    }
}
