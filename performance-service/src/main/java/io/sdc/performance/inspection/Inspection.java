package io.sdc.performance.inspection;

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
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A regulator's inspection of the services: its judgements, overall and per area, and its recommendations. */
@Entity
@Table(name = "inspection")
@Audited
public class Inspection {

    @Id
    private UUID id;

    @Column(name = "contract_id", nullable = false, updatable = false)
    private UUID contractId;

    @Column(nullable = false)
    private String inspectorate;

    @Column(name = "inspection_type", nullable = false)
    private String type;

    @Column(name = "judgement_date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(name = "overall_judgement", nullable = false)
    private InspectionJudgement overallJudgement;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "area_judgements", nullable = false, columnDefinition = "jsonb")
    private List<AreaJudgement> areaJudgements = new ArrayList<>();

    @Column(nullable = false)
    private int recommendations;

    @Version
    private long version;

    protected Inspection() {
    }

    /** An inspection judged on {@code date}, recorded {@code today}: a judgement cannot be dated in the future. */
    public Inspection(UUID contractId, String inspectorate, String type, LocalDate date, InspectionJudgement overallJudgement,
                      List<AreaJudgement> areaJudgements, int recommendations, LocalDate today) {
        this.id = UUID.randomUUID();
        this.contractId = contractId;
        set(inspectorate, type, date, overallJudgement, areaJudgements, recommendations, today);
    }

    /**
     * Corrects what was recorded: its inspectorate, type, judgement date, judgements and recommendations, under the same
     * rules as when it was recorded. The reason is required and kept in the audit history with the values before.
     */
    public void correct(String inspectorate, String type, LocalDate date, InspectionJudgement overallJudgement,
                        List<AreaJudgement> areaJudgements, int recommendations, LocalDate today, String reason) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid("Give a reason to correct an inspection");
        }
        set(inspectorate, type, date, overallJudgement, areaJudgements, recommendations, today);
    }

    private void set(String inspectorate, String type, LocalDate date, InspectionJudgement overallJudgement,
                     List<AreaJudgement> areaJudgements, int recommendations, LocalDate today) {
        if (date.isAfter(today)) {
            throw ProblemException.invalid("An inspection's judgement date cannot be in the future: " + date);
        }
        if (recommendations < 0) {
            throw ProblemException.invalid("An inspection's number of recommendations cannot be negative: " + recommendations);
        }
        this.inspectorate = inspectorate;
        this.type = type;
        this.date = date;
        this.overallJudgement = overallJudgement;
        this.areaJudgements = new ArrayList<>(areaJudgements);
        this.recommendations = recommendations;
    }

    /** The judgement of an area, or the overall judgement when no area is named. */
    public Optional<InspectionJudgement> judgementOf(String area) {
        if (area == null) {
            return Optional.of(overallJudgement);
        }
        return areaJudgements.stream().filter(judged -> judged.area().equalsIgnoreCase(area))
                .map(AreaJudgement::judgement).findFirst();
    }

    public UUID id() {
        return id;
    }

    public UUID contractId() {
        return contractId;
    }

    public String inspectorate() {
        return inspectorate;
    }

    public String type() {
        return type;
    }

    public LocalDate date() {
        return date;
    }

    public InspectionJudgement overallJudgement() {
        return overallJudgement;
    }

    public List<AreaJudgement> areaJudgements() {
        return List.copyOf(areaJudgements);
    }

    public int recommendations() {
        return recommendations;
    }

    public long version() {
        return version;
    }
}
