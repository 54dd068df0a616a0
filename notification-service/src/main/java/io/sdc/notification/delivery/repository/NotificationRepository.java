package io.sdc.notification.delivery.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.sdc.notification.delivery.Notification;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

    /** Whether the event (or dead letter) with this id already made a notification. */
    public boolean madeFor(UUID eventId) {
        return count("eventId", eventId) > 0;
    }
}
