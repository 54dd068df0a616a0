package io.sdc.performance.improvement;

import io.sdc.platform.lifecycle.Lifecycle;
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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * A recommendation of an improvement plan: its number as its source gives it (e.g. 2.1.9), its text, its theme, its
 * source, the indicators that evidence it, and its status as the improvement board decides it, each decision kept with
 * its reason and date. A status moves only by a step its lifecycle allows ({@link RecommendationStatus#next()}).
 */
@Entity
@Table(name = "recommendation")
@Audited
public class Recommendation {

    /** By number as the source gives it, part by part: 2.1.9 before 2.1.10, 9 before 10. */
    public static final Comparator<Recommendation> BY_NUMBER = (one, other) -> {
        String[] a = one.number.split("\\.");
        String[] b = other.number.split("\\.");
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            int compared = Long.compare(Long.parseLong(a[i]), Long.parseLong(b[i]));
            if (compared != 0) {
                return compared;
            }
        }
        return Integer.compare(a.length, b.length);
    };

    @Id
    private UUID id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private UUID planId;

    @Column(name = "contract_id")
    private UUID contractId;

    @Column(nullable = false)
    private String number;

    @Column(nullable = false)
    private String text;

    @Column(nullable = false)
    private String theme;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_kind", nullable = false)
    private SourceKind sourceKind;

    @Column(name = "source_inspection_id")
    private UUID sourceInspectionId;

    @Column(name = "source_title", nullable = false)
    private String sourceTitle;

    @Column(name = "source_date", nullable = false)
    private LocalDate sourceDate;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "indicator_codes", nullable = false, columnDefinition = "jsonb")
    private List<String> indicatorCodes = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RecommendationStatus status;

    @Column(name = "monitoring_body")
    private String monitoringBody;

    @Column(name = "status_reason")
    private String statusReason;

    @Column(name = "status_decided_on")
    private LocalDate statusDecidedOn;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private List<StatusDecision> decisions = new ArrayList<>();

    @Version
    private long version;

    protected Recommendation() {
    }

    /** Raises a recommendation under one of the plan's themes, OPEN until the board decides. */
    public Recommendation(ImprovementPlan plan, String number, String text, String theme, RecommendationSource source,
                          List<String> indicatorCodes, LocalDate today) {
        plan.requireTheme(theme);
        requireNumber(number);
        source.requireValid(today, !plan.heldByCouncil());
        this.id = UUID.randomUUID();
        this.planId = plan.id();
        this.contractId = plan.contractId();
        this.number = number;
        this.text = text;
        this.theme = theme;
        this.sourceKind = source.kind();
        this.sourceInspectionId = source.inspectionId();
        this.sourceTitle = source.title();
        this.sourceDate = source.date();
        this.indicatorCodes = new ArrayList<>(indicatorCodes);
        this.status = RecommendationStatus.OPEN;
    }

    /** Refuses a number not given as a source gives it (2.1.9 or 14). */
    public static void requireNumber(String number) {
        if (number == null || !number.matches("\\d+(\\.\\d+)*")) {
            throw ProblemException.invalid("A recommendation's number is as its source gives it, such as 2.1.9 or 14, not '" + number + "'");
        }
    }

    /** Its plan passed to a contract: the recommendation is the contract's too (once). */
    public void passToContract(ImprovementPlan plan) {
        this.contractId = plan.contractOfPart("Recommendation " + number, planId, contractId);
    }

    /**
     * The board decides the recommendation's status on {@code decidedOn} (not after today, nor before its last
     * decision), with a reason; another accountable body is named exactly when it is to monitor it. A step its
     * lifecycle does not allow is refused, naming the ones it does.
     */
    public void decide(RecommendationStatus target, String body, String reason, LocalDate decidedOn, String decidedBy, LocalDate today) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid("Give a reason to decide a recommendation's status");
        }
        if (decidedOn.isAfter(today)) {
            throw ProblemException.invalid("A decision cannot be dated in the future: " + decidedOn);
        }
        if (statusDecidedOn != null && decidedOn.isBefore(statusDecidedOn)) {
            throw ProblemException.invalid("The last decision on recommendation " + number + " was on " + statusDecidedOn
                    + ": a later one cannot be dated " + decidedOn);
        }
        boolean bodyNamed = body != null && !body.isBlank();
        if ((target == RecommendationStatus.MONITORED_BY_OTHER_BODY) != bodyNamed) {
            throw ProblemException.invalid(bodyNamed ? "Only a recommendation monitored by another accountable body names that body"
                    : "Name the accountable body that is to monitor recommendation " + number);
        }
        if (target == status && (!bodyNamed || body.strip().equals(monitoringBody))) {
            throw ProblemException.conflict("Recommendation " + number + " is " + status + " already"
                    + (bodyNamed ? " by " + monitoringBody : ""));
        }
        move(target, bodyNamed ? body.strip() : null, reason.strip(), decidedOn, decidedBy);
    }

    private void move(RecommendationStatus target, String body, String reason, LocalDate decidedOn, String decidedBy) {
        Lifecycle.requireStep(status, target, status.next(),
                () -> "Recommendation " + number + " is " + status + " and cannot become " + target);
        decisions.add(new StatusDecision(status, target, body, reason, decidedOn, decidedBy));
        this.status = target;
        this.monitoringBody = body;
        this.statusReason = reason;
        this.statusDecidedOn = decidedOn;
    }

    public UUID id() {
        return id;
    }

    public UUID planId() {
        return planId;
    }

    public UUID contractId() {
        return contractId;
    }

    public String number() {
        return number;
    }

    public String text() {
        return text;
    }

    public String theme() {
        return theme;
    }

    public RecommendationSource source() {
        return new RecommendationSource(sourceKind, sourceInspectionId, sourceTitle, sourceDate);
    }

    public List<String> indicatorCodes() {
        return List.copyOf(indicatorCodes);
    }

    public RecommendationStatus status() {
        return status;
    }

    /** The accountable body monitoring it, when MONITORED_BY_OTHER_BODY. */
    public String monitoringBody() {
        return monitoringBody;
    }

    public String statusReason() {
        return statusReason;
    }

    public LocalDate statusDecidedOn() {
        return statusDecidedOn;
    }

    /** Every decision on its status, oldest first. */
    public List<StatusDecision> decisions() {
        return List.copyOf(decisions);
    }

    public long version() {
        return version;
    }
}
