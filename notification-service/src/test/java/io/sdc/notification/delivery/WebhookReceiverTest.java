package io.sdc.notification.delivery;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sdc.notification.TestSupport;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.util.UUID;

/** Tests that deliver to a real webhook receiver: a receiver and a contract of their own for each test. */
abstract class WebhookReceiverTest {

    static final String APPROVED = "contract.change-request.approved";

    @Inject
    TestSupport support;

    WebhookReceiver receiver;
    UUID contract;

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
}
