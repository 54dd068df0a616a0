package io.sdc.contract.review;

import io.sdc.contract.contract.Contract;
import io.sdc.contract.contract.ContractParty;
import io.sdc.platform.money.Money;
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
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The annual contract review of one contract year: how the trust performed, the budget confirmed in principle for
 * the next financial year, the strategic priorities and areas of joint focus agreed, and who attended for each party;
 * the change requests signed at it name it. It can be corrected, with a reason the audit history keeps.
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
    private Money budgetConfirmedInPrinciple;

    @Column(name = "budget_financial_year")
    private String budgetFinancialYear;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "strategic_priorities", nullable = false, columnDefinition = "jsonb")
    private List<String> strategicPriorities = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "areas_of_joint_focus", nullable = false, columnDefinition = "jsonb")
    private List<String> areasOfJointFocus = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private List<Attendee> attendees = new ArrayList<>();

    @Version
    private long version;

    protected AnnualReview() {
    }

    /** The review of one contract year of the contract; refused unless that year is a year of the contract. */
    public AnnualReview(UUID id, Contract contract, String contractYear, Record record) {
        this.id = Objects.requireNonNull(id);
        this.contractId = contract.id();
        this.contractYear = contract.contractYear(contractYear).label();
        apply(record);
    }

    /**
     * Corrects what the review recorded; the contract year it reviews stays. The reason for the correction is the
     * audit history's.
     */
    public void correct(String contractYear, Record record) {
        if (!this.contractYear.equals(contractYear)) {
            throw ProblemException.invalid("An annual review's contract year cannot change: this one reviews " + this.contractYear);
        }
        apply(record);
    }

    /** Whether this is a review of that contract. */
    public boolean isOf(UUID contractId) {
        return this.contractId.equals(contractId);
    }

    private void apply(Record record) {
        if ((record.budgetConfirmedInPrinciple() == null) != (record.budgetFinancialYear() == null)) {
            throw ProblemException.invalid("The budget confirmed in principle names both its amount and its financial year");
        }
        for (ContractParty party : ContractParty.values()) {
            if (record.attendees().stream().noneMatch(attendee -> attendee.party() == party)) {
                throw ProblemException.invalid("An annual review records who attended for each party: name at least one attendee for the "
                        + party);
            }
        }
        this.reviewDate = record.reviewDate();
        this.performanceSummary = record.performanceSummary();
        this.budgetConfirmedInPrinciple = record.budgetConfirmedInPrinciple();
        this.budgetFinancialYear = record.budgetFinancialYear();
        this.strategicPriorities = new ArrayList<>(record.strategicPriorities());
        this.areasOfJointFocus = new ArrayList<>(record.areasOfJointFocus());
        this.attendees = new ArrayList<>(record.attendees());
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

    public Money budgetConfirmedInPrinciple() {
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

    /** The people who attended for each party, as recorded. */
    public List<Attendee> attendees() {
        return List.copyOf(attendees);
    }

    public long version() {
        return version;
    }

    /** What the review recorded. */
    public record Record(LocalDate reviewDate, String performanceSummary, Money budgetConfirmedInPrinciple,
                         String budgetFinancialYear, List<String> strategicPriorities, List<String> areasOfJointFocus,
                         List<Attendee> attendees) {
    }
}
