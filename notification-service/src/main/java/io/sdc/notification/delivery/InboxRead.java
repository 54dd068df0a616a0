package io.sdc.notification.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One person's reading of one in-app delivery: a role's notification is read by each of its people on their own. */
@Entity
@Table(name = "inbox_read")
@IdClass(InboxRead.Key.class)
public class InboxRead {

    @Id
    @Column(name = "delivery_id", nullable = false, updatable = false)
    private UUID deliveryId;

    @Id
    @Column(nullable = false, updatable = false)
    private String reader;

    @Column(name = "read_at", nullable = false, updatable = false)
    private Instant readAt;

    protected InboxRead() {
    }

    public UUID deliveryId() {
        return deliveryId;
    }

    public String reader() {
        return reader;
    }

    public Instant readAt() {
        return readAt;
    }

    public static class Key implements Serializable {
        private UUID deliveryId;
        private String reader;

        protected Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(deliveryId, key.deliveryId) && Objects.equals(reader, key.reader);
        }

        @Override
        public int hashCode() {
            return Objects.hash(deliveryId, reader);
        }
    }
}
