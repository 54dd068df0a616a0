package io.sdc.performance.improvement;

import io.sdc.platform.problem.ProblemException;
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
 * A contract's improvement plan: its themes (or objectives) in order, and the date it was agreed. A refresh (a plan
 * agreed in March refreshed in October around new objectives) makes its next plan version; the audit history keeps
 * each version as it stood.
 */
@Entity
@Table(name = "improvement_plan")
@Audited
public class ImprovementPlan {

    @Id
    private UUID id;

    @Column(name = "contract_id", nullable = false, updatable = false)
    private UUID contractId;

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
        this.id = UUID.randomUUID();
        this.contractId = contractId;
        this.planVersion = 1;
        set(title, agreedOn, themes, today);
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
