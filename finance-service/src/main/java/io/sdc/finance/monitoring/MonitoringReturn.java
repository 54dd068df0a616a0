package io.sdc.finance.monitoring;

import io.sdc.finance.lifecycle.Lifecycle;
import io.sdc.platform.money.Money;
import io.sdc.platform.problem.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;

/**
 * One monitoring return the trust imported from its finance system for a period: per budget line, actual to date
 * and forecast outturn (kept as its lines). A later return for the same period supersedes it; it stays in history.
 */
@Entity
@Table(name = "monitoring_return")
public class MonitoringReturn {

    @Id
    private UUID id;

    @Column(name = "budget_id", nullable = false, updatable = false)
    private UUID budgetId;

    @Column(name = "contract_id", nullable = false, updatable = false)
    private UUID contractId;

    @Column(nullable = false, updatable = false)
    private String period;

    @Column(name = "file_sha256", nullable = false, updatable = false)
    private String fileSha256;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Column(name = "line_count", nullable = false, updatable = false)
    private int lineCount;

    @Column(name = "total_actual", nullable = false, updatable = false)
    private Money totalActual;

    @Column(name = "total_forecast", nullable = false, updatable = false)
    private Money totalForecast;

    @Column(name = "submitted_by", nullable = false, updatable = false)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "superseded_at")
    private Instant supersededAt;

    /** Returns in the order of their periods' ends: the latest period last. */
    public static final Comparator<MonitoringReturn> BY_PERIOD = Comparator.comparing(r -> ReportingPeriod.parse(r.period()).end());

    protected MonitoringReturn() {
    }

    public MonitoringReturn(UUID id, UUID budgetId, UUID contractId, String period, String fileSha256, String contentType,
                            int lineCount, Money totalActual, Money totalForecast, String submittedBy, Instant submittedAt) {
        this.id = id;
        this.budgetId = budgetId;
        this.contractId = contractId;
        this.period = period;
        this.fileSha256 = fileSha256;
        this.contentType = contentType;
        this.lineCount = lineCount;
        this.totalActual = totalActual;
        this.totalForecast = totalForecast;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
    }

    /** The period's return while no later one replaced it; then superseded, kept in history. */
    public MonitoringReturnStatus status() {
        return supersededAt == null ? MonitoringReturnStatus.CURRENT : MonitoringReturnStatus.SUPERSEDED;
    }

    /** Whether this return is the same file as the one given (by its SHA-256) and still the period's current return. */
    public boolean isCurrentWith(String sha256) {
        return status() == MonitoringReturnStatus.CURRENT && fileSha256.equals(sha256);
    }

    /** A later return for the same period replaced this one at the instant given; refused once already superseded. */
    public void supersede(Instant at) {
        move(MonitoringReturnStatus.SUPERSEDED);
        this.supersededAt = at;
    }

    private void move(MonitoringReturnStatus target) {
        MonitoringReturnStatus status = status();
        if (!status.next().contains(target)) {
            throw ProblemException.conflict("The " + period + " monitoring return " + id + " is " + status + " and cannot become "
                    + target + "; " + Lifecycle.allowedSteps(status, status.next()));
        }
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

    public String period() {
        return period;
    }

    public String fileSha256() {
        return fileSha256;
    }

    public String contentType() {
        return contentType;
    }

    public int lineCount() {
        return lineCount;
    }

    public Money totalActual() {
        return totalActual;
    }

    public Money totalForecast() {
        return totalForecast;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant supersededAt() {
        return supersededAt;
    }
}
