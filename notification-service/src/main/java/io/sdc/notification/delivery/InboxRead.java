package io.sdc.notification.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.util.UUID;

/**
 * One person's reading of one in-app delivery: a role's notification is read by each of its people on their own. Once
 * per delivery and reader (the first reading stays), in the audit history with who read it and when.
 */
@Entity
@Table(name = "inbox_read")
@Audited
public class InboxRead {

    @Id
    private UUID id;

    @Column(name = "delivery_id", nullable = false, updatable = false)
    private UUID deliveryId;

    /** The delivery's contract, so that a contract's change log finds the reading. */
    @Column(name = "contract_id", updatable = false)
    private UUID contractId;

    @Column(nullable = false, updatable = false)
    private String reader;

    @Column(name = "read_at", nullable = false, updatable = false)
    private Instant readAt;

    protected InboxRead() {
    }

    /** The reader's reading of the delivery, at {@code at}. */
    public InboxRead(Delivery delivery, String reader, Instant at) {
        this.id = UUID.randomUUID();
        this.deliveryId = delivery.id();
        this.contractId = delivery.contractId();
        this.reader = reader;
        this.readAt = at;
    }

    public UUID id() {
        return id;
    }

    public UUID deliveryId() {
        return deliveryId;
    }

    public UUID contractId() {
        return contractId;
    }

    public String reader() {
        return reader;
    }

    public Instant readAt() {
        return readAt;
    }
}
