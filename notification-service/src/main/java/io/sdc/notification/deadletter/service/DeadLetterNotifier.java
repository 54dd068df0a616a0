package io.sdc.notification.deadletter.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.sdc.notification.delivery.Notification;
import io.sdc.notification.delivery.repository.NotificationRepository;
import io.sdc.notification.delivery.service.Dispatcher;
import io.sdc.notification.delivery.service.NotificationComposer;
import io.sdc.platform.events.CloudEventCodec;
import io.sdc.platform.events.EventEnvelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Tells the admins (severity WARNING) of each dead letter a service copied to its dead-letter topic
 * ({@code <service>.dead-letter}): which service, which event type, and why. Once per dead letter, however often the
 * copy arrives. The dead-lettered event's data is never quoted: only its type, id and contract.
 */
@ApplicationScoped
public class DeadLetterNotifier {

    /** The event type of the notification a dead letter makes; the admins' default subscription is to it. */
    public static final String DEAD_LETTER = io.sdc.notification.subscription.EventTypes.DEAD_LETTER;

    static final String TOPIC_SUFFIX = ".dead-letter";
    /** The headers the platform puts on each copy (see the platform's EventProcessor). */
    static final String REASON_HEADER = "dead-letter-reason";
    static final String ORIGIN_HEADER = "dead-letter-origin";

    private static final int MAX_REASON = 300;
    private static final Pattern EVENT_TYPE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+){1,5}");
    private static final Pattern ORIGIN = Pattern.compile("[A-Za-z0-9._-]{1,200}-[0-9]{1,6}@[0-9]{1,20}");

    @Inject
    CloudEventCodec codec;

    @Inject
    Dispatcher dispatcher;

    @Inject
    NotificationComposer composer;

    @Inject
    NotificationRepository notifications;

    @Inject
    Clock clock;

    /** Makes the admins' notification of one dead-letter copy unless it was made before; returns whether it was made now. */
    @jakarta.enterprise.context.control.ActivateRequestContext
    public boolean notifyOf(ConsumerRecord<String, String> record) {
        String service = record.topic().endsWith(TOPIC_SUFFIX)
                ? record.topic().substring(0, record.topic().length() - TOPIC_SUFFIX.length()) : record.topic();
        String origin = header(record, ORIGIN_HEADER).filter(value -> ORIGIN.matcher(value).matches())
                .orElse(record.topic() + "-" + record.partition() + "@" + record.offset());
        String reason = header(record, REASON_HEADER).map(DeadLetterNotifier::reasonInWords).orElse("no reason was given");
        Optional<EventEnvelope> event = read(record.value());
        Optional<String> eventType = event.map(EventEnvelope::type).filter(type -> EVENT_TYPE.matcher(type).matches());
        UUID contract = event.flatMap(found -> uuid(found.subject())).orElse(null);
        UUID id = UUID.nameUUIDFromBytes(("dead-letter|" + record.topic() + "|" + origin + "|" + reason).getBytes(StandardCharsets.UTF_8));

        String what = eventType.map(type -> "an event " + type).orElse("an unreadable message");
        String title = "Dead letter in " + service + ": " + what + " could not be processed";
        List<String> lines = new ArrayList<>();
        lines.add("Service: " + service);
        lines.add("Event type: " + eventType.orElse("unreadable"));
        event.ifPresent(found -> lines.add("Event id: " + found.id()));
        lines.add("Received from: " + origin);
        lines.add("Reason: " + reason);
        lines.add("Once its cause is dealt with, replay it from " + service + "'s /api/v1/admin/dead-letters.");
        Instant at = record.timestamp() > 0 ? Instant.ofEpochMilli(record.timestamp()) : Instant.now(clock);
        String body = composer.text(title, lines, contract, DEAD_LETTER, at);

        return QuarkusTransaction.requiringNew().call(() -> {
            if (notifications.madeFor(id)) {
                return false;
            }
            dispatcher.dispatch(new Notification(id, DEAD_LETTER, contract, Notification.Severity.WARNING, title, body, at),
                    Optional.empty());
            return true;
        });
    }

    /**
     * The reason in words fit for a notification: one line, no control characters, at most 300 characters; the
     * parser's complaint about an unreadable message (which may quote the message) is left out.
     */
    static String reasonInWords(String reason) {
        if (reason.startsWith("Not a readable event")) {
            return "the message is not a readable event";
        }
        String line = reason.replaceAll("\\p{Cntrl}+", " ").strip();
        if (line.isEmpty()) {
            return "no reason was given";
        }
        return line.length() > MAX_REASON ? line.substring(0, MAX_REASON) + "…" : line;
    }

    private Optional<EventEnvelope> read(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(codec.decode(value));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static Optional<String> header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? Optional.empty()
                : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.ofNullable(text).map(UUID::fromString);
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }
}
