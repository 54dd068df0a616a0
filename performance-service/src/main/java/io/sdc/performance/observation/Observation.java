package io.sdc.performance.observation;

import io.sdc.platform.lifecycle.Lifecycle;
import io.sdc.platform.lifecycle.SubmissionStatus;
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

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An indicator's value for a contract and a period, as the trust submitted it. Its lifecycle is
 * {@link SubmissionStatus#next()}: the council validates it or returns it with a reason; a later submission for the
 * same indicator and period supersedes it, giving a reason where the figure awaited validation or was validated (a
 * correction of a locked period). The figure itself never changes: a superseded observation stays readable with who
 * submitted, validated or returned it, when, and why; only the newest is current.
 */
@Entity
@Table(name = "observation")
@Audited
public class Observation {

    @Id
    private UUID id;

    @Column(name = "contract_id", nullable = false, updatable = false)
    private UUID contractId;

    @Column(name = "indicator_code", nullable = false, updatable = false)
    private String indicatorCode;

    @Column(nullable = false, updatable = false)
    private String period;

    @Column(updatable = false)
    private Long numerator;

    @Column(updatable = false)
    private Long denominator;

    @Column(nullable = false, updatable = false)
    private BigDecimal value;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SubmissionStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private SubmissionKind kind;

    @Column(updatable = false)
    private String commentary;

    @Column(name = "submitted_by", nullable = false, updatable = false)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    /** Why the trust submitted it over the figure before: required for a correction or to supersede a pending figure. */
    @Column(name = "submission_reason", updatable = false)
    private String submissionReason;

    /** The observation this one superseded, if any. */
    @Column(updatable = false)
    private UUID supersedes;

    @Column(name = "superseded_by")
    private UUID supersededBy;

    @Column(name = "superseded_at")
    private Instant supersededAt;

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

    @Version
    private long version;

    protected Observation() {
    }

    private Observation(UUID contractId, String indicatorCode, String period, Figure figure, String commentary, Step step,
                        SubmissionKind kind, UUID supersedes, String submissionReason) {
        this.id = UUID.randomUUID();
        this.contractId = contractId;
        this.indicatorCode = indicatorCode;
        this.period = period;
        this.numerator = figure.numerator();
        this.denominator = figure.denominator();
        this.value = figure.value();
        this.status = SubmissionStatus.SUBMITTED;
        this.kind = kind;
        this.commentary = commentary;
        this.submittedBy = step.actor();
        this.submittedAt = step.at();
        this.supersedes = supersedes;
        this.submissionReason = submissionReason;
    }

    /**
     * The trust submits a figure for an indicator and period; it supersedes the current one, if any. Superseding a
     * figure awaiting validation or a validated one (a correction) needs a reason; the new figure is SUBMITTED either way.
     */
    public static Observation submit(UUID contractId, String indicatorCode, String period, Figure figure, String commentary,
                                     Optional<Observation> current, String reason, Step step) {
        String given = reason == null || reason.isBlank() ? null : reason.strip();
        current.flatMap(Observation::whyAReasonIsNeeded).filter(why -> given == null).ifPresent(why -> {
            throw ProblemException.invalid(why);
        });
        SubmissionKind kind = current.map(before -> before.status == SubmissionStatus.VALIDATED
                ? SubmissionKind.CORRECTION : SubmissionKind.RESUBMISSION).orElse(SubmissionKind.SUBMISSION);
        Observation next = new Observation(contractId, indicatorCode, period, figure, commentary, step, kind,
                current.map(Observation::id).orElse(null), given);
        current.ifPresent(before -> before.supersededBy(next, step));
        return next;
    }

    /**
     * Why a submission superseding this figure must give a reason, if it must: the figure awaits validation, or it is
     * validated and its period locked, so that a new figure is a correction.
     */
    public Optional<String> whyAReasonIsNeeded() {
        if (!status.supersessionIsCorrection()) {
            return Optional.empty();
        }
        return Optional.of(status == SubmissionStatus.VALIDATED
                ? indicatorCode + " for " + period + " is VALIDATED by the council and locked: a correction needs a reason, and is validated again"
                : indicatorCode + " for " + period + " is SUBMITTED and awaits validation: give a reason to supersede it");
    }

    /** Whether this figure, awaiting validation or validated, is exactly the one submitted again: a retry changes nothing. */
    public boolean repeatedBy(Figure figure, String commentary) {
        return (status == SubmissionStatus.SUBMITTED || status == SubmissionStatus.VALIDATED)
                && Objects.equals(numerator, figure.numerator()) && Objects.equals(denominator, figure.denominator())
                && value.compareTo(figure.value()) == 0 && Objects.equals(this.commentary, commentary);
    }

    /** The council validates the figure: it becomes the figure of record for its period. Its submitter cannot. */
    public void validate(Step step) {
        if (step.actor().equals(submittedBy)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "The person who submitted a figure cannot validate it: "
                    + indicatorCode + " for " + period + " was submitted by " + submittedBy);
        }
        move(SubmissionStatus.VALIDATED);
        this.validatedBy = step.actor();
        this.validatedAt = step.at();
    }

    /** The council returns the figure to the trust, saying why; the trust must resubmit. */
    public void returnToTrust(String reason, Step step) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid("Give a reason to return " + indicatorCode + " for " + period + " to the trust");
        }
        move(SubmissionStatus.RETURNED);
        this.returnedBy = step.actor();
        this.returnedAt = step.at();
        this.returnReason = reason.strip();
    }

    private void supersededBy(Observation next, Step step) {
        move(SubmissionStatus.SUPERSEDED);
        this.supersededBy = next.id;
        this.supersededAt = step.at();
    }

    /** Refuses a step the lifecycle does not allow from here, naming the ones it does; else takes it. */
    private void move(SubmissionStatus target) {
        Lifecycle.requireStep(status, target, status.next(),
                () -> "A " + status + " observation (" + indicatorCode + " for " + period + ") cannot become " + target);
        this.status = target;
    }

    /** Whether the council validated this figure, whether or not a later one has superseded it since. */
    public boolean everValidated() {
        return validatedAt != null;
    }

    /** A submitted figure: numerator and denominator where the indicator computes its value from them, and the value. */
    public record Figure(Long numerator, Long denominator, BigDecimal value) {
    }

    /** Who takes a step, and when. */
    public record Step(String actor, Instant at) {
    }

    public UUID id() {
        return id;
    }

    public UUID contractId() {
        return contractId;
    }

    public String indicatorCode() {
        return indicatorCode;
    }

    public String period() {
        return period;
    }

    public Long numerator() {
        return numerator;
    }

    public Long denominator() {
        return denominator;
    }

    public BigDecimal value() {
        return value;
    }

    public SubmissionStatus status() {
        return status;
    }

    public SubmissionKind kind() {
        return kind;
    }

    public String commentary() {
        return commentary;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String submissionReason() {
        return submissionReason;
    }

    public UUID supersedes() {
        return supersedes;
    }

    public UUID supersededBy() {
        return supersededBy;
    }

    public Instant supersededAt() {
        return supersededAt;
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

    public long version() {
        return version;
    }
}
