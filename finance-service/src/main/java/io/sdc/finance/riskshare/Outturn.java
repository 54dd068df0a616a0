package io.sdc.finance.riskshare;

import io.sdc.finance.monitoring.MonitoringReturn;
import io.sdc.platform.lifecycle.SubmissionStatus;

import io.sdc.platform.lifecycle.Lifecycle;
import io.sdc.platform.money.Money;
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

import java.util.UUID;

/**
 * A financial year's outturn after the risk share: drafted from the latest return, worked out again as often as
 * asked while a DRAFT, then made FINAL ({@link OutturnStatus}), after which it never changes.
 */
@Entity
@Table(name = "outturn")
@Audited
public class Outturn {

    @Id
    private UUID id;

    @Column(name = "budget_id", nullable = false, updatable = false, unique = true)
    private UUID budgetId;

    @Column(name = "contract_id", nullable = false, updatable = false)
    private UUID contractId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OutturnStatus status;

    @Column(name = "trust_position", nullable = false)
    private Money trustPosition;

    /** The whole calculation, band by band. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private OutturnCalculation calculation;

    @Version
    private long version;

    protected Outturn() {
    }

    /** A DRAFT outturn of the budget's year from its first calculation. */
    public Outturn(UUID contractId, OutturnCalculation calculation) {
        this.id = UUID.randomUUID();
        this.budgetId = calculation.budgetId();
        this.contractId = contractId;
        this.status = OutturnStatus.DRAFT;
        take(calculation);
    }

    /** The draft worked out again; refused once the outturn is final. */
    public void recalculate(OutturnCalculation calculation) {
        if (status == OutturnStatus.FINAL) {
            throw ProblemException.conflict("The outturn is final");
        }
        take(calculation);
    }

    private void take(OutturnCalculation calculation) {
        if (!calculation.budgetId().equals(budgetId)) {
            throw new IllegalArgumentException("The calculation is of budget " + calculation.budgetId() + ", not " + budgetId);
        }
        this.calculation = calculation;
        this.trustPosition = calculation.trustPositionAfterRiskShare();
    }

    /** Makes the outturn final; refused, naming the steps allowed, once it is. */
    /**
     * Makes the outturn final, on figures the council has validated only: the year's latest monitoring return (the
     * one the draft is worked out from) must be VALIDATED, and the draft worked out from it. A year whose latest
     * return the council has not validated, or has sent back, or a draft worked out from an earlier return, is refused
     * with 409 and stays open.
     */
    public void finalise(MonitoringReturn latest) {
        if (status == OutturnStatus.DRAFT && (latest == null || latest.status() != SubmissionStatus.VALIDATED)) {
            throw ProblemException.conflict("An outturn is made final on validated figures only: the year's latest "
                    + "monitoring return" + (latest == null ? " is missing" : ", for " + latest.period() + ", is "
                    + latest.status() + ", not VALIDATED by the council") + "; validate it first");
        }
        if (status == OutturnStatus.DRAFT && !latest.id().equals(calculation().basedOnReturnId())) {
            throw ProblemException.conflict("The draft outturn was worked out from an earlier monitoring return than the "
                    + "year's latest (" + latest.period() + "); work the draft out again, check it, then make it final");
        }
        move(OutturnStatus.FINAL);
    }

    private void move(OutturnStatus target) {
        Lifecycle.requireStep(status, target, status.next(),
                () -> status == target ? "The outturn is already final" : "A " + status + " outturn cannot become " + target);
        status = target;
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

    public OutturnStatus status() {
        return status;
    }

    public Money trustPosition() {
        return trustPosition;
    }

    public OutturnCalculation calculation() {
        return calculation;
    }

    public long version() {
        return version;
    }
}
