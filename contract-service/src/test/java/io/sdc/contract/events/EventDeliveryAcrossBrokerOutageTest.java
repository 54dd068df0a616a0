package io.sdc.contract.events;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.sdc.localstack.KafkaServer;
import io.sdc.localstack.testing.InjectKafka;
import io.sdc.platform.events.EventEnvelope;
import io.sdc.platform.events.OutboxEvent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static io.sdc.contract.contract.ContractTestSupport.registerContract;
import static io.sdc.contract.contract.ContractTestSupport.reviseTitle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Writes made while Kafka is away are not lost: their events wait in the outbox, reach Kafka once the broker is
 * back, and take effect once each, in order per contract, even when the relay publishes them a second time.
 */
@QuarkusTest
class EventDeliveryAcrossBrokerOutageTest {

    @InjectKafka
    KafkaServer kafka;

    @Inject
    ContractEventRecorder recorder;

    @Inject
    EntityManager entityManager;

    @Test
    void deliversEveryEventOnceInOrderPerContractAfterTheBrokerReturns() throws Exception {
        String first;
        String second;
        kafka.stop();
        try {
            first = registerContract();
            second = registerContract();
            reviseTitle(first, 0, "Revised while Kafka is away");
            reviseTitle(second, 0, "Revised while Kafka is away");
            reviseTitle(first, 1, "Revised again while Kafka is away");

            assertThat(pending(first, second)).isEqualTo(5);
            assertThat(recorder.appliedFor(first)).isEmpty();
        } finally {
            kafka.start();
        }

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            assertThat(versions(recorder.appliedFor(first))).containsExactly(0, 1, 2);
            assertThat(versions(recorder.appliedFor(second))).containsExactly(0, 1);
        });
        assertThat(types(recorder.appliedFor(first)))
                .containsExactly("contract.registered", "contract.revised", "contract.revised");
        assertThat(pending(first, second)).isZero();

        // The relay publishes them all again, as it would after dying between Kafka's acknowledgement and its commit.
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("UPDATE event_outbox SET published_at = NULL WHERE subject IN (?1, ?2)")
                .setParameter(1, first).setParameter(2, second).executeUpdate());
        reviseTitle(first, 2, "After the redelivery");
        reviseTitle(second, 1, "After the redelivery");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(versions(recorder.appliedFor(first))).containsExactly(0, 1, 2, 3);
            assertThat(versions(recorder.appliedFor(second))).containsExactly(0, 1, 2);
        });
        assertThat(pending(first, second)).isZero();
    }

    private static long pending(String first, String second) {
        return QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.count("publishedAt is null and subject in ?1", List.of(first, second)));
    }

    private static List<Integer> versions(List<EventEnvelope> events) {
        return events.stream().map(event -> event.data().path("version").asInt()).toList();
    }

    private static List<String> types(List<EventEnvelope> events) {
        return events.stream().map(EventEnvelope::type).toList();
    }
}
