package io.sdc.performance.improvement;

import io.sdc.platform.problem.Problem;
import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.problem.ProblemType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * A monitoring visit or review of an improvement plan (an Ofsted monitoring visit, a DfE review, a peer review, a
 * commissioned report) recorded with its findings in order, each mapped to a recommendation of the plan: an existing
 * one it evidences, or a new one it raises (its source this review), by the rules any recommendation is raised by.
 * Recorded once; a correction is a new review.
 */
@Entity
@Table(name = "improvement_review")
@Audited
public class ImprovementReview {

    @Id
    private UUID id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private UUID planId;

    @Column(name = "contract_id")
    private UUID contractId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private SourceKind kind;

    @Column(nullable = false, updatable = false)
    private String title;

    @Column(name = "held_on", nullable = false, updatable = false)
    private LocalDate heldOn;

    @Column(name = "reported_on", updatable = false)
    private LocalDate reportedOn;

    @Column(nullable = false, updatable = false)
    private String reviewer;

    @Column(updatable = false)
    private String summary;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false, columnDefinition = "jsonb")
    private List<ReviewFinding> findings = new ArrayList<>();

    @Version
    private long version;

    /** The recommendations its findings raised, to be stored with it. */
    @Transient
    private List<Recommendation> raised = new ArrayList<>();

    protected ImprovementReview() {
    }

    /**
     * Records a review of the plan held on {@code heldOn} (its letter or report dated {@code reportedOn}, if given, on
     * or after it), neither after today, with at least one finding. Each finding names an existing recommendation of
     * this plan ({@code recommendations} finds any by id) or raises a new one under a theme of the plan, numbered as
     * the review gives it, once among the review's and {@code numbersInUse} (the plan's numbers from the same source).
     * Every refusal names the field at fault, e.g. {@code findings[2].recommendationId}.
     */
    public ImprovementReview(ImprovementPlan plan, SourceKind kind, String title, LocalDate heldOn, LocalDate reportedOn, String reviewer,
                             String summary, List<FindingDraft> drafts, Function<UUID, Optional<Recommendation>> recommendations,
                             Set<String> numbersInUse, LocalDate today) {
        if (kind == null || kind == SourceKind.OFSTED_INSPECTION) {
            throw refused("kind", "A review is a MONITORING_VISIT, DFE_REVIEW, PEER_REVIEW or COMMISSIONED_REPORT; an Ofsted inspection is "
                    + "recorded as an inspection");
        }
        if (title == null || title.isBlank()) {
            throw refused("title", "A review is named by its title, e.g. 'Ofsted monitoring visit 10-11 July 2016'");
        }
        if (reviewer == null || reviewer.isBlank()) {
            throw refused("reviewer", "Name who held the review, e.g. 'Ofsted' or 'DfE and Red Quadrant'");
        }
        if (heldOn == null || heldOn.isAfter(today)) {
            throw refused("heldOn", "A review is recorded once held: " + heldOn + " is not on or before " + today);
        }
        if (reportedOn != null && (reportedOn.isBefore(heldOn) || reportedOn.isAfter(today))) {
            throw refused("reportedOn", "Its letter or report is dated from the review (" + heldOn + ") to today (" + today + "), not " + reportedOn);
        }
        if (drafts == null || drafts.isEmpty()) {
            throw refused("findings", "A review is recorded with its findings: give at least one");
        }
        this.id = UUID.randomUUID();
        this.planId = plan.id();
        this.contractId = plan.contractId();
        this.kind = kind;
        this.title = title.strip();
        this.heldOn = heldOn;
        this.reportedOn = reportedOn;
        this.reviewer = reviewer.strip();
        this.summary = summary == null || summary.isBlank() ? null : summary.strip();
        RecommendationSource source = new RecommendationSource(kind, null, this.title, heldOn);
        Set<String> numbers = new HashSet<>(numbersInUse);
        for (int i = 0; i < drafts.size(); i++) {
            findings.add(finding(plan, "findings[" + i + "]", drafts.get(i), recommendations, source, numbers, today));
        }
    }

    private ReviewFinding finding(ImprovementPlan plan, String at, FindingDraft draft, Function<UUID, Optional<Recommendation>> recommendations,
                                  RecommendationSource source, Set<String> numbers, LocalDate today) {
        if (draft.text() == null || draft.text().isBlank()) {
            throw refused(at + ".text", "A finding says what the review found");
        }
        if (draft.judgement() == null) {
            throw refused(at + ".judgement", "A finding is a STRENGTH or an AREA_FOR_IMPROVEMENT");
        }
        if ((draft.recommendationId() == null) == (draft.raises() == null)) {
            throw refused(at + ".recommendationId", draft.raises() == null
                    ? "A finding maps to a recommendation: name an existing one (recommendationId) or raise a new one (recommendation)"
                    : "A finding maps to one recommendation: name an existing one (recommendationId) or raise a new one (recommendation), not both");
        }
        if (draft.recommendationId() != null) {
            Recommendation evidenced = recommendations.apply(draft.recommendationId())
                    .orElseThrow(() -> refused(at + ".recommendationId", "No recommendation with id " + draft.recommendationId()));
            if (!evidenced.planId().equals(planId)) {
                throw refused(at + ".recommendationId", "Recommendation " + evidenced.number() + " is of another improvement plan");
            }
            return new ReviewFinding(draft.text().strip(), draft.judgement(), evidenced.id(), false);
        }
        FindingDraft.NewRecommendation raises = draft.raises();
        String field = at + ".recommendation.";
        if (raises.text() == null || raises.text().isBlank()) {
            throw refused(field + "text", "A recommendation says what is to improve");
        }
        atField(field + "theme", () -> plan.requireTheme(raises.theme()));
        atField(field + "number", () -> Recommendation.requireNumber(raises.number()));
        if (!numbers.add(raises.number())) {
            throw refused(field + "number", "'" + title + "' raises recommendation " + raises.number() + " once: the plan has it already");
        }
        Recommendation recommendation = new Recommendation(plan, raises.number(), raises.text().strip(), raises.theme(), source,
                raises.indicatorCodes() == null ? List.of() : raises.indicatorCodes(), today);
        raised.add(recommendation);
        return new ReviewFinding(draft.text().strip(), draft.judgement(), recommendation.id(), true);
    }

    private static void atField(String field, Runnable rule) {
        try {
            rule.run();
        } catch (ProblemException refusal) {
            throw refused(field, refusal.getMessage());
        }
    }

    private static ProblemException refused(String field, String detail) {
        return new ProblemException(ProblemType.VALIDATION_FAILED, field + ": " + detail, List.of(new Problem.Violation(field, detail)));
    }

    /** Its plan passed to a contract: the review is the contract's too (once). */
    public void passToContract(ImprovementPlan plan) {
        this.contractId = plan.contractOfPart("Review '" + title + "'", planId, contractId);
    }

    /** How it refers to a recommendation its findings map to. */
    public Optional<ReviewReference> referenceTo(UUID recommendationId) {
        return findings.stream().filter(finding -> finding.recommendationId().equals(recommendationId))
                .map(finding -> new ReviewReference(id, kind, title, heldOn, findings.stream()
                        .anyMatch(other -> other.recommendationId().equals(recommendationId) && other.raised())))
                .findFirst();
    }

    /** The recommendations its findings raised when it was recorded (none once read back). */
    public List<Recommendation> raised() {
        return List.copyOf(raised);
    }

    /** How many recommendations its findings raised. */
    public int recommendationsRaised() {
        return (int) findings.stream().filter(ReviewFinding::raised).count();
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

    public SourceKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    /** The date of its letter or report. */
    public LocalDate reportedOn() {
        return reportedOn;
    }

    public String reviewer() {
        return reviewer;
    }

    public String summary() {
        return summary;
    }

    /** Its findings, in order. */
    public List<ReviewFinding> findings() {
        return List.copyOf(findings);
    }

    public long version() {
        return version;
    }
}
