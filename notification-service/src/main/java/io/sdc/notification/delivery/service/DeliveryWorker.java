package io.sdc.notification.delivery.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.sdc.notification.delivery.Delivery;
import io.sdc.notification.delivery.Notification;
import io.sdc.notification.delivery.repository.DeliveryRepository;
import io.sdc.notification.subscription.Subscription;
import io.sdc.notification.subscription.repository.SubscriptionRepository;
import io.sdc.notification.subscription.service.WebhookSecrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends the deliveries that are due, by email or signed webhook. Each run locks the rows it takes (other instances
 * skip them); a failure schedules the next attempt after a doubling wait, and the last failure leaves the delivery
 * dead, listed for admins to re-trigger.
 */
@ApplicationScoped
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

    @Inject
    DeliveryRepository deliveries;

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    WebhookSecrets secrets;

    @Inject
    Mailer mailer;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    NotificationsConfig config;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Scheduled(every = "${sdc.notifications.delivery-interval:PT1S}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deliverDue() {
        try {
            QuarkusTransaction.requiringNew().timeout(120).run(() -> {
                List<Delivery> due = deliveries.due(Instant.now(), 20);
                for (Delivery delivery : due) {
                    attempt(delivery);
                }
            });
        } catch (RuntimeException e) {
            LOG.warnf("Delivery run failed and will be tried again: %s", e.getMessage());
        }
    }

    private void attempt(Delivery delivery) {
        Subscription subscription = subscriptions.findById(delivery.subscriptionId());
        Notification notification = delivery.notification();
        try {
            switch (delivery.channel()) {
                case EMAIL -> mailer.send(Mail.withText(subscription.email(), notification.title(), notification.body())
                        .setFrom(config.emailFrom()));
                case WEBHOOK -> post(subscription, notification);
                case INBOX -> {
                }
            }
            delivery.delivered(Instant.now());
        } catch (RuntimeException e) {
            delivery.failed(e.getClass().getSimpleName() + ": " + e.getMessage(), Instant.now(), config.maxAttempts(), config.firstRetryWait());
            if (delivery.status() == Delivery.Status.DEAD) {
                LOG.warnf("Delivery %s to %s is dead after %d attempts", delivery.id(), delivery.channel(), delivery.attempts());
            }
        }
    }

    private void post(Subscription subscription, Notification notification) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("notificationId", notification.id());
        payload.put("eventId", notification.eventId());
        payload.put("eventType", notification.eventType());
        payload.put("contractId", notification.contractId());
        payload.put("severity", notification.severity());
        payload.put("title", notification.title());
        payload.put("occurredAt", notification.occurredAt().toString());
        byte[] body;
        try {
            body = objectMapper.writeValueAsString(payload).getBytes(StandardCharsets.UTF_8);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        long timestamp = Instant.now().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(subscription.webhookUrl()))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(secrets.open(subscription.id(), subscription.sealedWebhookSecret()), timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<Void> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the receiver could not be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("the receiver answered " + response.statusCode());
        }
    }
}
