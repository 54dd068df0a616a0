package io.sdc.notification.delivery;

import java.time.Instant;

/** A delivery in someone's inbox, with when that person read it (null: unread). */
public record InboxItem(Delivery delivery, Instant readAt) {
}
