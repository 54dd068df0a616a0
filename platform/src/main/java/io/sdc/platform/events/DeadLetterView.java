package io.sdc.platform.events;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "DeadLetter", description = "A consumed message this service could not process, with the reason.")
public record DeadLetterView(
        @Schema(example = "0b5e7a8c-9d3f-4e21-8a6b-2c4d5e6f7a8b") UUID id,
        @Schema(description = "Where the message was read", example = "contract.events") String topic,
        @Schema(example = "1") int partition,
        @Schema(example = "42") long offset,
        @Schema(description = "The record key: the contract id", example = "5f0c6a8e-3c1b-4a51-9b8e-0f0d8f3b2a11") String key,
        @Schema(description = "The event's id, if the message could be read as an event") UUID eventId,
        @Schema(example = "contract.created") String eventType,
        @Schema(description = "The handler that failed; empty when the message was unreadable", example = "ContractRegister") String handler,
        @Schema(description = "Why it could not be processed", example = "Not a readable event: the message is not JSON") String reason,
        @Schema(description = "How many times processing was tried", example = "3") int attempts,
        @Schema(example = "2015-11-12T10:15:30Z") Instant deadAt,
        @Schema(description = "When it was replayed successfully; absent while still open") Instant replayedAt,
        @Schema(description = "The message as received") String payload) {

    static DeadLetterView of(DeadLetter deadLetter) {
        return new DeadLetterView(deadLetter.id(), deadLetter.topic(), deadLetter.partition(), deadLetter.offset(),
                deadLetter.key(), deadLetter.eventId(), deadLetter.eventType(), deadLetter.handler(), deadLetter.reason(),
                deadLetter.attempts(), deadLetter.deadAt(), deadLetter.replayedAt(), deadLetter.payload());
    }
}
