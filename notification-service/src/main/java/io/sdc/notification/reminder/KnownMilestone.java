package io.sdc.notification.reminder;

import java.time.LocalDate;
import java.util.UUID;

/** A contract's milestone not yet met, as the reminders know it from performance-service's events. */
public record KnownMilestone(UUID id, UUID contractId, String title, LocalDate dueDate) {
}
