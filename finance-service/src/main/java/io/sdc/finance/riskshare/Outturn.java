package io.sdc.finance.riskshare;

import io.sdc.platform.problem.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.util.UUID;

/** A financial year's outturn after the risk share: drafted from the latest return, then made final. */
@Entity
@Table(name = "outturn")
@Audited
public class Outturn {

    public enum Status { DRAFT, FINAL }

    @Id
    private UUID id;

    @Column(name = "budget_id", nullable = false, updatable = false, unique = true)
    private UUID budgetId;

    @Column(name = "contract_id", nullable = false, updatable = false)
    private UUID contractId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "trust_position", nullable = false)
    private BigDecimal trustPosition;

    /** The whole calculation, band by band, as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private String calculation;

    @Version
    private long version;

    protected Outturn() {
    }

    public Outturn(UUID budgetId, UUID contractId, BigDecimal trustPosition, String calculation) {
        this.id = UUID.randomUUID();
        this.budgetId = budgetId;
        this.contractId = contractId;
        this.status = Status.DRAFT;
        this.trustPosition = trustPosition;
        this.calculation = calculation;
    }

    public void recalculate(BigDecimal trustPosition, String calculation) {
        if (status == Status.FINAL) {
            throw ProblemException.conflict("The outturn is final");
        }
        this.trustPosition = trustPosition;
        this.calculation = calculation;
    }

    public void finalise() {
        if (status == Status.FINAL) {
            throw ProblemException.conflict("The outturn is already final");
        }
        status = Status.FINAL;
    }

    public UUID id() {
        return id;
    }

    public UUID budgetId() {
        return budgetId;
    }

    public UUID contractId() {
        return contractId;
    }

    public Status status() {
        return status;
    }

    public BigDecimal trustPosition() {
        return trustPosition;
    }

    public String calculation() {
        return calculation;
    }

    public long version() {
        return version;
    }
}
