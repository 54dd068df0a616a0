package io.sdc.contract.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A numbered version of the contract as it stood from a date: version 1 as it commenced, each later one made by
 * implementing a notifiable change (a contract variation). Versions are never changed once written.
 */
@Entity
@Table(name = "contract_version")
public class ContractVersion {

    @Id
    private UUID id;

    @Column(name = "contract_id", nullable = false, updatable = false)
    private UUID contractId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(name = "effective_from", nullable = false, updatable = false)
    private LocalDate effectiveFrom;

    @Column(name = "change_request_id", updatable = false)
    private UUID changeRequestId;

    @Column(nullable = false, updatable = false)
    private String summary;

    /** The contract's terms and scope as this version has them, as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false, columnDefinition = "jsonb")
    private String document;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected ContractVersion() {
    }

    public ContractVersion(UUID contractId, int number, LocalDate effectiveFrom, UUID changeRequestId, String summary,
                           String document, Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.contractId = contractId;
        this.number = number;
        this.effectiveFrom = effectiveFrom;
        this.changeRequestId = changeRequestId;
        this.summary = summary;
        this.document = document;
        this.recordedAt = recordedAt;
    }

    public UUID contractId() {
        return contractId;
    }

    public int number() {
        return number;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public UUID changeRequestId() {
        return changeRequestId;
    }

    public String summary() {
        return summary;
    }

    public String document() {
        return document;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
