package io.sdc.notification.delivery.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.sdc.notification.delivery.Delivery;
import io.sdc.notification.delivery.DeliveryStatus;
import io.sdc.notification.delivery.Notification;
import io.sdc.notification.delivery.repository.DeliveryRepository;
import io.sdc.notification.subscription.Channel;
import io.sdc.notification.subscription.Subscription;
import io.sdc.notification.subscription.repository.SubscriptionRepository;
import io.sdc.notification.subscription.service.WebhookAllowList;
import io.sdc.notification.subscription.service.WebhookSecrets;
import io.sdc.platform.events.CoalescingRunner;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import org.jboss.logging.Logger;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends the deliveries that are due, by email or signed webhook, never inside a database transaction:
 * <ol>
 * <li>a short transaction claims due deliveries (rows another instance is claiming are skipped) for a lease of
 * {@code sdc.notifications.claim-lease}, and commits;</li>
 * <li>each claimed delivery is sent on a sender thread of its own, outside any transaction, so a slow receiver holds
 * up neither the others nor a transaction;</li>
 * <li>each outcome is recorded in a short transaction of its own, if the claim still holds: a failure schedules the
 * next attempt after a doubling wait, and the last failure leaves the delivery dead, listed for admins to
 * re-trigger.</li>
 * </ol>
 * An instance that dies between claim and record leaves its claims to lapse; another instance then sends them.
 * <p>
 * It looks for due deliveries as soon as a transaction that made one commits ({@link #wake()}) and every
 * {@code sdc.notifications.delivery-interval} (for retries that have come due, and a wake-up lost), one look at a
 * time on a thread of its own; wake-ups during a look cause one more look after it.
 */
@ApplicationScoped
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

    /** The identity of the periodic look for due deliveries, for the scheduler. */
    public static final String SWEEP = "notification-delivery-sweep";

    @Inject
    DeliveryRepository deliveries;

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    WebhookSecrets secrets;

    @Inject
    WebhookAllowList allowList;

    @Inject
    Mailer mailer;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    NotificationsConfig config;

    @Inject
    Clock clock;

    @Inject
    DeliveryMetrics metrics;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private ExecutorService senders;
    private Semaphore idleSenders;
    private CoalescingRunner runner;

    /** What one attempt needs, read in the claiming transaction: no entity crosses into the sending thread. */
    record Claimed(UUID deliveryId, UUID claim, Channel channel, UUID subscriptionId, String email, String webhookUrl,
                   String sealedWebhookSecret, UUID notificationId, UUID eventId, String eventType, UUID contractId,
                   Notification.Severity severity, String title, String body, Instant occurredAt) {
    }

    @PostConstruct
    void startSenders() {
        AtomicInteger number = new AtomicInteger();
        senders = Executors.newFixedThreadPool(config.senders(), runnable -> {
            Thread thread = new Thread(runnable, "notification-sender-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        idleSenders = new Semaphore(config.senders());
        runner = new CoalescingRunner("notification-delivery-worker", this::deliverDue);
        runner.start();
    }

    @PreDestroy
    void stopSenders() throws InterruptedException {
        runner.stop(Duration.ofSeconds(5));
        senders.shutdown();
        senders.awaitTermination(15, TimeUnit.SECONDS);
    }

    /** The periodic look for due deliveries: retries that have come due, and the safety net for a wake-up lost. */
    @Scheduled(identity = SWEEP, every = "${sdc.notifications.delivery-interval:PT1S}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        wake();
    }

    /** Asks for a look for due deliveries: at once if the worker is idle, else once more after its current look. */
    public void wake() {
        runner.request();
    }

    void deliverDue() {
        int idle = idleSenders.drainPermits();
        if (idle == 0) {
            return;
        }
        List<Claimed> claimed;
        try {
            claimed = claimDue(idle);
        } catch (RuntimeException e) {
            idleSenders.release(idle);
            LOG.warnf("Claiming due deliveries failed and will be tried again: %s", e.getMessage());
            return;
        }
        idleSenders.release(idle - claimed.size());
        for (Claimed delivery : claimed) {
            try {
                senders.execute(() -> {
                    try {
                        sendAndRecord(delivery);
                    } finally {
                        idleSenders.release();
                    }
                });
            } catch (RejectedExecutionException stopping) {
                // Shutting down: the claim lapses and another instance sends it.
                idleSenders.release();
            }
        }
    }

    /** Claims up to {@code limit} due deliveries for this instance, in a short transaction of its own, and commits. */
    List<Claimed> claimDue(int limit) {
        return QuarkusTransaction.requiringNew().timeout(transactionTimeoutSeconds()).call(() -> {
            Instant now = Instant.now(clock);
            UUID claim = UUID.randomUUID();
            List<Claimed> claimed = new ArrayList<>();
            for (Delivery delivery : deliveries.due(now, limit)) {
                delivery.claim(claim, now, config.claimLease());
                Subscription subscription = subscriptions.findById(delivery.subscriptionId());
                Notification notification = delivery.notification();
                claimed.add(new Claimed(delivery.id(), claim, delivery.channel(), subscription.id(), subscription.email(),
                        subscription.webhookUrl(), subscription.sealedWebhookSecret(), notification.id(), notification.eventId(),
                        notification.eventType(), notification.contractId(), notification.severity(), notification.title(),
                        notification.body(), notification.occurredAt()));
            }
            return claimed;
        });
    }

    /** Sends one claimed delivery outside any transaction, then records the outcome in a short transaction of its own. */
    void sendAndRecord(Claimed delivery) {
        String failure = null;
        try {
            send(delivery);
        } catch (RuntimeException e) {
            failure = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        try {
            record(delivery, failure);
        } catch (RuntimeException e) {
            LOG.errorf("Could not record the outcome of delivery %s (%s); it is tried again when its claim lapses: %s",
                    delivery.deliveryId(), failure == null ? "delivered" : failure, e.getMessage());
        }
    }

    private void send(Claimed delivery) {
        switch (delivery.channel()) {
            case EMAIL -> mailer.send(Mail.withText(delivery.email(), delivery.title(), delivery.body()).setFrom(config.emailFrom()));
            case WEBHOOK -> post(delivery);
            case INBOX -> {
            }
        }
    }

    private void record(Claimed claimed, String failure) {
        DeliveryMetrics.Outcome outcome = QuarkusTransaction.requiringNew().timeout(transactionTimeoutSeconds()).call(() -> {
            Delivery delivery = deliveries.findById(claimed.deliveryId(), LockModeType.PESSIMISTIC_WRITE);
            if (delivery == null || !delivery.heldBy(claimed.claim())) {
                LOG.warnf("The claim on delivery %s lapsed before its outcome (%s) was recorded; the outcome is left to the current claim",
                        claimed.deliveryId(), failure == null ? "delivered" : failure);
                return null;
            }
            if (failure == null) {
                delivery.delivered(claimed.claim(), Instant.now(clock));
                return DeliveryMetrics.Outcome.DELIVERED;
            }
            delivery.failed(claimed.claim(), failure, Instant.now(clock), config.maxAttempts(), config.firstRetryWait());
            if (delivery.status() == DeliveryStatus.DEAD) {
                LOG.warnf("Delivery %s to %s is dead after %d attempts", delivery.id(), delivery.channel(), delivery.attempts());
                return DeliveryMetrics.Outcome.DEAD;
            }
            return DeliveryMetrics.Outcome.FAILED;
        });
        if (outcome != null) {
            metrics.attempted(claimed.channel(), outcome);
        }
    }

    private void post(Claimed delivery) {
        if (allowList.admitted(delivery.webhookUrl()).isEmpty()) {
            throw new IllegalStateException("the webhook URL is not on the allow-list (any more)");
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("notificationId", delivery.notificationId());
        payload.put("eventId", delivery.eventId());
        payload.put("eventType", delivery.eventType());
        payload.put("contractId", delivery.contractId());
        payload.put("severity", delivery.severity());
        payload.put("title", delivery.title());
        payload.put("occurredAt", delivery.occurredAt().toString());
        byte[] body;
        try {
            body = objectMapper.writeValueAsString(payload).getBytes(StandardCharsets.UTF_8);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        long timestamp = Instant.now(clock).getEpochSecond();
        String secret = secrets.open(delivery.subscriptionId(), delivery.sealedWebhookSecret());
        HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.webhookUrl()))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(secret, timestamp, body))
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

    private int transactionTimeoutSeconds() {
        return (int) Math.max(1, config.transactionTimeout().toSeconds());
    }
}
