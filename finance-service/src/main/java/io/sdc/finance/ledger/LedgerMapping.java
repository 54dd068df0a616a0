package io.sdc.finance.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One version of a contract's ledger mapping: which budget line each (cost centre, account) of the trust's finance
 * system counts towards. Each new mapping is the next version (1, 2, ...); a version never changes once made, so a
 * ledger return always says which version it went through. Its rows are kept beside it ({@link MappingRow}).
 */
@Entity
@Table(name = "ledger_mapping")
public class LedgerMapping {

    @Id
    private UUID id;

    @Column(name = "contract_id", nullable = false, updatable = false)
    private UUID contractId;

    @Column(nullable = false, updatable = false)
    private int version;

    @Column(name = "row_count", nullable = false, updatable = false)
    private int rowCount;

    @Column(name = "file_sha256", nullable = false, updatable = false)
    private String fileSha256;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(updatable = false)
    private String reason;

    protected LedgerMapping() {
    }

    /** The version after {@code previous} (the first if there is none). */
    public LedgerMapping(UUID contractId, LedgerMapping previous, int rowCount, String fileSha256, String createdBy, Instant createdAt,
                         String reason) {
        this.id = UUID.randomUUID();
        this.contractId = contractId;
        this.version = previous == null ? 1 : previous.version + 1;
        this.rowCount = rowCount;
        this.fileSha256 = fileSha256;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.reason = reason;
    }

    public UUID id() {
        return id;
    }

    public UUID contractId() {
        return contractId;
    }

    public int version() {
        return version;
    }

    public int rowCount() {
        return rowCount;
    }

    public String fileSha256() {
        return fileSha256;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String reason() {
        return reason;
    }
}
