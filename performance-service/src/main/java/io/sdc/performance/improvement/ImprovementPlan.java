package io.sdc.performance.improvement;

import io.sdc.platform.problem.Problem;
import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.problem.ProblemType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * A contract's improvement plan, or one the council holds before a trust exists (named by the council, no contract):
 * its themes (or objectives) in order, and the date it was agreed. A refresh (a plan agreed in March refreshed in
 * October around new objectives) makes its next plan version; the audit history keeps each version as it stood. A
 * council's plan passes to the trust's contract once, when the contract starts.
 */
@Entity
@Table(name = "improvement_plan")
@Audited
public class ImprovementPlan {

    @Id
    private UUID id;

    @Column(name = "contract_id")
    private UUID contractId;

    @Column
    private String council;

    @Column(nullable = false)
    private String title;

    @Column(name = "plan_version", nullable = false)
    private int planVersion;

    @Column(name = "agreed_on", nullable = false)
    private LocalDate agreedOn;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private List<String> themes = new ArrayList<>();

    @Version
    private long version;

    protected ImprovementPlan() {
    }

    /** A plan agreed on {@code agreedOn} (not after {@code today}) with its themes in order: its first plan version. */
    public ImprovementPlan(UUID contractId, String title, LocalDate agreedOn, List<String> themes, LocalDate today) {
        this(contractId, null, title, agreedOn, themes, today);
    }

    private ImprovementPlan(UUID contractId, String council, String title, LocalDate agreedOn, List<String> themes, LocalDate today) {
        this.id = UUID.randomUUID();
        this.contractId = contractId;
        this.council = council;
        this.planVersion = 1;
        set(title, agreedOn, themes, today);
    }

    /** A plan the council holds before a trust exists: no contract, the council named. */
    public static ImprovementPlan heldByCouncil(String council, String title, LocalDate agreedOn, List<String> themes, LocalDate today) {
        if (council == null || council.isBlank()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "A plan held before a trust exists names its council",
                    List.of(new Problem.Violation("council", "must name the council that holds the plan")));
        }
        return new ImprovementPlan(null, council.strip(), title, agreedOn, themes, today);
    }

    /**
     * The council's plan passes to the trust's contract when it starts: from then on it, its recommendations, actions
     * and reviews are the contract's. Only once: a plan that is a contract's already is refused.
     */
    public void passToContract(UUID contract) {
        if (contractId != null) {
            throw ProblemException.conflict("Improvement plan '" + title + "' is contract " + contractId
                    + "'s already: a council's plan passes to a contract once");
        }
        this.contractId = contract;
    }

    /**
     * The contract a part of this plan (a recommendation or review, {@code what}, of plan {@code partPlanId}, with
     * {@code partContractId}) passes to after the plan: refused when it is a contract's already.
     */
    public UUID contractOfPart(String what, UUID partPlanId, UUID partContractId) {
        if (!id.equals(partPlanId) || contractId == null) {
            throw new IllegalArgumentException(what + " follows its own plan " + partPlanId + " to its contract");
        }
        if (partContractId != null) {
            throw ProblemException.conflict(what + " is contract " + partContractId + "'s already");
        }
        return contractId;
    }

    /** Whether the council holds it with no contract (before a trust exists). */
    public boolean heldByCouncil() {
        return contractId == null;
    }

    /** The subject of its events: its contract, or the plan itself while the council holds it without one. */
    public UUID subject() {
        return subjectOf(contractId, id);
    }

    /** The subject of the events of a plan's part: the contract when there is one, else the plan. */
    public static UUID subjectOf(UUID contractId, UUID planId) {
        return contractId != null ? contractId : planId;
    }

    /**
     * Refreshes the plan: its title, agreement date and themes, making its next plan version. The refresh is agreed on
     * or after the version before; every theme a recommendation is under stays. The reason is required.
     */
    public void refresh(String title, LocalDate agreedOn, List<String> themes, Set<String> themesInUse, String reason, LocalDate today) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid("Give a reason to refresh an improvement plan");
        }
        if (agreedOn.isBefore(this.agreedOn)) {
            throw ProblemException.invalid("A refresh is agreed on or after the plan version it refreshes (" + this.agreedOn + "), not " + agreedOn);
        }
        List<String> dropped = themesInUse.stream().filter(theme -> !themes.contains(theme)).sorted().toList();
        if (!dropped.isEmpty()) {
            throw ProblemException.conflict("Recommendations are under the themes " + dropped + ": a refresh keeps them");
        }
        set(title, agreedOn, themes, today);
        this.planVersion++;
    }

    private void set(String title, LocalDate agreedOn, List<String> themes, LocalDate today) {
        if (agreedOn.isAfter(today)) {
            throw ProblemException.invalid("An improvement plan cannot be agreed in the future: " + agreedOn);
        }
        if (themes == null || themes.isEmpty()) {
            throw ProblemException.invalid("An improvement plan has at least one theme");
        }
        Set<String> seen = new HashSet<>();
        for (String theme : themes) {
            if (theme == null || theme.isBlank() || !seen.add(theme.strip().toLowerCase(Locale.ROOT))) {
                throw ProblemException.invalid("An improvement plan's themes are named, each once: '" + theme + "' is not");
            }
        }
        this.title = title;
        this.agreedOn = agreedOn;
        this.themes = new ArrayList<>(themes.stream().map(String::strip).toList());
    }

    /** Refuses a theme that is not one of the plan's, naming them. */
    public void requireTheme(String theme) {
        if (!themes.contains(theme)) {
            throw ProblemException.invalid("'" + theme + "' is not a theme of this plan; its themes are " + themes);
        }
    }

    public UUID id() {
        return id;
    }

    public UUID contractId() {
        return contractId;
    }

    /** The council that holds it (named when it was created without a contract). */
    public String council() {
        return council;
    }

    public String title() {
        return title;
    }

    public int planVersion() {
        return planVersion;
    }

    public LocalDate agreedOn() {
        return agreedOn;
    }

    public List<String> themes() {
        return List.copyOf(themes);
    }

    public long version() {
        return version;
    }
}
