package io.sdc.platform.events;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.sdc.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The dead letters of this service: listing them, and replaying one once its cause has been dealt with. */
@ApplicationScoped
public class DeadLetters {

    public enum Status { OPEN, REPLAYED, ALL }

    @Inject
    Clock clock;

    @Inject
    EventProcessor processor;

    @Inject
    CloudEventCodec codec;

    public List<DeadLetter> list(Status status, int page, int size) {
        return QuarkusTransaction.requiringNew().call(() -> switch (status) {
            case OPEN -> DeadLetter.<DeadLetter>find("replayedAt is null", Sort.by("deadAt").and("id")).page(Page.of(page, size)).list();
            case REPLAYED -> DeadLetter.<DeadLetter>find("replayedAt is not null", Sort.by("deadAt").and("id")).page(Page.of(page, size)).list();
            case ALL -> DeadLetter.<DeadLetter>findAll(Sort.by("deadAt").and("id")).page(Page.of(page, size)).list();
        });
    }

    public DeadLetter get(UUID id) {
        DeadLetter deadLetter = QuarkusTransaction.requiringNew().call(() -> DeadLetter.<DeadLetter>findById(id));
        if (deadLetter == null) {
            throw ProblemException.notFound("dead letter", id);
        }
        return deadLetter;
    }

    /**
     * Processes the dead letter's message again through the handler that failed on it (or, for a message that was
     * unreadable, every handler of its type). On success it is marked replayed; on failure the new reason is kept
     * and the caller is told, with a 409, why it still cannot be processed.
     */
    public DeadLetter replay(UUID id) {
        DeadLetter deadLetter = get(id);
        if (deadLetter.replayedAt() != null) {
            throw ProblemException.conflict("Dead letter " + id + " was already replayed at " + deadLetter.replayedAt());
        }
        try {
            EventEnvelope event = codec.decode(deadLetter.payload());
            List<EventHandler> handlers = deadLetter.handler().isEmpty()
                    ? processor.handlersFor(event.type())
                    : processor.handlerNamed(deadLetter.handler()).map(List::of).orElseThrow(() ->
                    new IllegalStateException("this service no longer has the handler " + deadLetter.handler()));
            for (EventHandler handler : handlers) {
                processor.applyOnce(handler, event);
            }
        } catch (RuntimeException e) {
            String reason = EventProcessor.describe(e);
            QuarkusTransaction.requiringNew().run(() -> DeadLetter.<DeadLetter>findById(id).failedAgain(reason));
            throw ProblemException.conflict("The message still cannot be processed: " + reason);
        }
        Instant replayed = Instant.now(clock);
        QuarkusTransaction.requiringNew().run(() -> DeadLetter.<DeadLetter>findById(id).replayed(replayed));
        return get(id);
    }
}
