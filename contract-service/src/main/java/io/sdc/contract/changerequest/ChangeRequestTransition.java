package io.sdc.contract.changerequest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One step of a change request's lifecycle: from where to where, who took it, when, what they said, and the reason
 * they gave where the step needs one (a rejection, a withdrawal).
 */
@Entity
@Table(name = "change_request_transition")
public class ChangeRequestTransition {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "change_request_id", nullable = false, updatable = false)
    private NotifiableChangeRequest changeRequest;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false)
    private ChangeRequestStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    private ChangeRequestStatus to;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(nullable = false, updatable = false)
    private String role;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant at;

    @Column(updatable = false)
    private String comment;

    @Column(updatable = false)
    private String reason;

    protected ChangeRequestTransition() {
    }

    ChangeRequestTransition(NotifiableChangeRequest changeRequest, ChangeRequestStatus from, ChangeRequestStatus to,
                            Step step) {
        this.id = UUID.randomUUID();
        this.changeRequest = changeRequest;
        this.from = from;
        this.to = to;
        this.actor = step.actor();
        this.role = step.role();
        this.at = step.at();
        this.comment = step.comment();
        this.reason = step.reason();
    }

    public ChangeRequestStatus from() {
        return from;
    }

    public ChangeRequestStatus to() {
        return to;
    }

    public String actor() {
        return actor;
    }

    public String role() {
        return role;
    }

    public Instant at() {
        return at;
    }

    public String comment() {
        return comment;
    }

    /** The reason given for the step, also kept in the audit history; absent where none was needed or given. */
    public String reason() {
        return reason;
    }

    /** Who takes a step, in which role, when, what they say about it, and the reason they give for it, if any. */
    public record Step(String actor, String role, Instant at, String comment, String reason) {

        /** A step taken without a reason. */
        public Step(String actor, String role, Instant at, String comment) {
            this(actor, role, at, comment, null);
        }
    }
}
