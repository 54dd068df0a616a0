package io.sdc.notification.delivery;

import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.sdc.notification.delivery.service.DeliveryWorker;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A webhook (or email) goes out as soon as the transaction that made its delivery commits, not at the delivery
 * worker's next periodic look: with that look paused, a consumed event's webhook is still sent, once.
 */
@QuarkusTest
class DeliveryWakeUpTest extends WebhookReceiverTest {

    @Inject
    Scheduler scheduler;

    @Test
    void aWebhookIsSentWhenItsDeliveryCommitsWithoutThePeriodicLook() throws Exception {
        String url = receiver.url("/woken");
        subscribe(url);
        scheduler.pause(DeliveryWorker.SWEEP);
        try {
            assertThat(scheduler.isPaused(DeliveryWorker.SWEEP)).isTrue();

            support.publish(approval());

            await().atMost(Duration.ofSeconds(30)).until(() -> delivered(List.of(url)) == 1);
            assertThat(receiver.at("/woken")).hasSize(1);
        } finally {
            scheduler.resume(DeliveryWorker.SWEEP);
        }
    }
}
