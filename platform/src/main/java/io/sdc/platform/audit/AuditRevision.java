package io.sdc.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

import java.time.Instant;

/**
 * One audited change set: every resource version written in one transaction shares it. Carries who made the
 * change, in which role, when, and the reason they gave.
 */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private Long id;

    @RevisionTimestamp
    @Column(name = "revision_timestamp", nullable = false)
    private long timestamp;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private String role;

    private String reason;

    void record(ChangeAuthor author, Instant at) {
        this.actor = author.actor();
        this.role = author.role();
        this.reason = author.reason();
        this.changedAt = at;
    }

    public Long id() {
        return id;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String actor() {
        return actor;
    }

    public String role() {
        return role;
    }

    public String reason() {
        return reason;
    }
}
