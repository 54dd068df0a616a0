package io.sdc.finance.monitoring;

import io.sdc.platform.lifecycle.Lifecycle;
import io.sdc.platform.lifecycle.SubmissionStatus;
import io.sdc.platform.money.Money;
import io.sdc.platform.problem.Problem;
import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.problem.ProblemType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * One monitoring return the trust imported from its finance system for a period: per budget line, actual to date
 * and forecast outturn (kept as its lines). Its lifecycle ({@link SubmissionStatus}) is guarded here: the
 * council validates it or returns it with a reason; a later return for the same period supersedes it, and must say
 * why where it corrects a submitted or validated one. Its figures never change; it stays in history with who
 * submitted, validated, returned and superseded it, when and why.
 */
@Entity
@Table(name = "monitoring_return")
@Audited
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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SubmissionStatus status;

    @Column(name = "validated_by")
    private String validatedBy;

    @Column(name = "validated_at")
    private Instant validatedAt;

    @Column(name = "returned_by")
    private String returnedBy;

    @Column(name = "returned_at")
    private Instant returnedAt;

    @Column(name = "return_reason")
    private String returnReason;

    /** The return of the same period this one replaced: corrected, or resubmitted after the council returned it. */
    @Column(name = "correction_of", updatable = false)
    private UUID correctionOf;

    @Column(name = "correction_reason", updatable = false)
    private String correctionReason;

    @Column(name = "superseded_at")
    private Instant supersededAt;

    @Column(name = "superseded_by")
    private UUID supersededBy;

    @Version
    private long version;

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
        this.status = SubmissionStatus.SUBMITTED;
    }

    public SubmissionStatus status() {
        return status;
    }

    /**
     * Whether this return is the same file as the one given (by its SHA-256) and still the period's return the
     * council has not sent back: the same file again is then recognised, not imported twice.
     */
    public boolean isCurrentWith(String sha256) {
        return (status == SubmissionStatus.SUBMITTED || status == SubmissionStatus.VALIDATED) && fileSha256.equals(sha256);
    }

    /** Whether the council validated this return's figures (it may since have been superseded by a correction). */
    public boolean validated() {
        return validatedAt != null;
    }

    /** The council accepts the trust's figures as they are; never the person who submitted them. */
    public void validate(String by, Instant at) {
        if (by.equals(submittedBy)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "The person who submitted a monitoring return cannot validate it: the "
                    + period + " return was submitted by " + submittedBy);
        }
        move(SubmissionStatus.VALIDATED);
        this.validatedBy = by;
        this.validatedAt = at;
    }

    /** The council sends the return back to the trust, saying why; the trust must send the period's return again. */
    public void returnToTrust(String by, Instant at, String reason) {
        requireReason(reason, "return the " + period + " monitoring return to the trust");
        move(SubmissionStatus.RETURNED);
        this.returnedBy = by;
        this.returnedAt = at;
        this.returnReason = reason.strip();
    }

    /**
     * A later return for the same period takes this one's place as it is submitted. Where this one was SUBMITTED or
     * VALIDATED the later one corrects it and needs a reason; after the council RETURNED it the reason is optional
     * (the council's speaks for it). Refused once this one is already superseded.
     */
    public void supersedeBy(MonitoringReturn later, String reason) {
        if (!later.budgetId.equals(budgetId) || !later.period.equals(period)) {
            throw new IllegalArgumentException("A return is superseded only by a later return of its own budget and period");
        }
        if (status.supersessionIsCorrection()) {
            requireReason(reason, "correct the " + status + " " + period + " monitoring return");
        }
        move(SubmissionStatus.SUPERSEDED);
        this.supersededAt = later.submittedAt;
        this.supersededBy = later.id;
        later.correctionOf = id;
        later.correctionReason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    private static void requireReason(String reason, String action) {
        if (reason == null || reason.isBlank()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "Give a reason to " + action + ": it is kept in the audit history",
                    List.of(new Problem.Violation("reason", "must not be blank")));
        }
    }

    /** The one guarded step of the lifecycle: a step the table does not allow is refused, naming the steps it does. */
    private void move(SubmissionStatus target) {
        Lifecycle.requireStep(status, target, status.next(),
                () -> "The " + period + " monitoring return " + id + " is " + status + " and cannot become " + target);
        this.status = target;
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

    public UUID supersededBy() {
        return supersededBy;
    }

    public String validatedBy() {
        return validatedBy;
    }

    public Instant validatedAt() {
        return validatedAt;
    }

    public String returnedBy() {
        return returnedBy;
    }

    public Instant returnedAt() {
        return returnedAt;
    }

    public String returnReason() {
        return returnReason;
    }

    public UUID correctionOf() {
        return correctionOf;
    }

    public String correctionReason() {
        return correctionReason;
    }

    public long version() {
        return version;
    }
}
