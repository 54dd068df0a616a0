package io.sdc.notification.reminder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.util.UUID;

/**
 * A change request waiting for the council's decision, and since when: from its submission, through agreement in
 * principle, until decided (then it goes, its history keeping its last state). Kept from contract-service's events,
 * in the audit history as the service itself acting on each event.
 */
@Entity
@Table(name = "pending_decision")
@Audited
public class PendingDecision {

    @Id
    @Column(name = "change_request_id")
    private UUID changeRequestId;

    @Column(name = "contract_id", nullable = false)
    private UUID contractId;

    @Column(nullable = false)
    private String reference;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String status;

    @Column(name = "waiting_since", nullable = false)
    private Instant waitingSince;

    protected PendingDecision() {
    }

    public PendingDecision(UUID changeRequestId, UUID contractId, String reference, String title, String status, Instant waitingSince) {
        this.changeRequestId = changeRequestId;
        this.contractId = contractId;
        this.reference = reference;
        this.title = title;
        this.status = status;
        this.waitingSince = waitingSince;
    }

    public void waitFrom(String status, Instant since) {
        this.status = status;
        this.waitingSince = since;
    }

    public UUID changeRequestId() {
        return changeRequestId;
    }

    public UUID contractId() {
        return contractId;
    }

    public String reference() {
        return reference;
    }

    public String title() {
        return title;
    }

    public String status() {
        return status;
    }

    public Instant waitingSince() {
        return waitingSince;
    }
}
