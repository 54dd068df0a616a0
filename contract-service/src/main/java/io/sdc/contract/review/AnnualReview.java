package io.sdc.contract.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The annual contract review of one contract year: how the trust performed, the budget confirmed in principle for
 * the next financial year, the strategic priorities and areas of joint focus agreed; the change requests agreed in
 * principle at it name it.
 */
@Entity
@Table(name = "annual_review")
@Audited
public class AnnualReview {

    @Id
    private UUID id;

    @Column(name = "contract_id", nullable = false, updatable = false)
    private UUID contractId;

    @Column(name = "contract_year", nullable = false, updatable = false)
    private String contractYear;

    @Column(name = "review_date", nullable = false)
    private LocalDate reviewDate;

    @Column(name = "performance_summary", nullable = false)
    private String performanceSummary;

    @Column(name = "budget_confirmed_in_principle")
    private BigDecimal budgetConfirmedInPrinciple;

    @Column(name = "budget_financial_year")
    private String budgetFinancialYear;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "strategic_priorities", nullable = false, columnDefinition = "jsonb")
    private List<String> strategicPriorities = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "areas_of_joint_focus", nullable = false, columnDefinition = "jsonb")
    private List<String> areasOfJointFocus = new ArrayList<>();

    @Version
    private long version;

    protected AnnualReview() {
    }

    public AnnualReview(UUID id, UUID contractId, String contractYear, Record record) {
        this.id = id;
        this.contractId = contractId;
        this.contractYear = contractYear;
        apply(record);
    }

    public void revise(Record record) {
        apply(record);
    }

    private void apply(Record record) {
        this.reviewDate = record.reviewDate();
        this.performanceSummary = record.performanceSummary();
        this.budgetConfirmedInPrinciple = record.budgetConfirmedInPrinciple();
        this.budgetFinancialYear = record.budgetFinancialYear();
        this.strategicPriorities = new ArrayList<>(record.strategicPriorities());
        this.areasOfJointFocus = new ArrayList<>(record.areasOfJointFocus());
    }

    public UUID id() {
        return id;
    }

    public UUID contractId() {
        return contractId;
    }

    public String contractYear() {
        return contractYear;
    }

    public LocalDate reviewDate() {
        return reviewDate;
    }

    public String performanceSummary() {
        return performanceSummary;
    }

    public BigDecimal budgetConfirmedInPrinciple() {
        return budgetConfirmedInPrinciple;
    }

    public String budgetFinancialYear() {
        return budgetFinancialYear;
    }

    public List<String> strategicPriorities() {
        return List.copyOf(strategicPriorities);
    }

    public List<String> areasOfJointFocus() {
        return List.copyOf(areasOfJointFocus);
    }

    public long version() {
        return version;
    }

    /** What the review recorded. */
    public record Record(LocalDate reviewDate, String performanceSummary, BigDecimal budgetConfirmedInPrinciple,
                         String budgetFinancialYear, List<String> strategicPriorities, List<String> areasOfJointFocus) {
    }
}
