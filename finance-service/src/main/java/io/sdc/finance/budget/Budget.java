package io.sdc.finance.budget;

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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The sum the council makes available to the trust for a financial year: a base (by default the previous year's
 * approved budget) plus Schedule 3 adjustments. Its total and net change are derived, never typed in; it is split
 * into budget lines that must add up to the total, to the penny, before it is approved.
 */
@Entity
@Table(name = "budget")
@Audited
public class Budget {

    @Id
    private UUID id;

    @Column(name = "contract_id", nullable = false, updatable = false)
    private UUID contractId;

    @Column(name = "financial_year", nullable = false, updatable = false)
    private String financialYear;

    @Column(name = "base_amount", nullable = false)
    private BigDecimal baseAmount;

    @Column(name = "base_source", nullable = false)
    private String baseSource;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BudgetStatus status;

    /** Closed once the year's outturn is final: no more returns. */
    @Column(nullable = false)
    private boolean closed;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private List<Adjustment> adjustments = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private List<Line> lines = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private List<Funding> funding = new ArrayList<>();

    @Version
    private long version;

    protected Budget() {
    }

    public Budget(UUID contractId, String financialYear, BigDecimal baseAmount, String baseSource) {
        this.id = UUID.randomUUID();
        this.contractId = contractId;
        this.financialYear = financialYear;
        this.baseAmount = baseAmount;
        this.baseSource = baseSource;
        this.status = BudgetStatus.INDICATIVE;
    }

    /** A Schedule 3 adjustment; once approved, only contract variations still change the budget. */
    public Adjustment adjust(AdjustmentCategory category, BigDecimal amount, String rationale) {
        if (status == BudgetStatus.APPROVED) {
            throw ProblemException.conflict("The " + financialYear + " budget is APPROVED: it changes only by contract variation");
        }
        return add(new Adjustment(UUID.randomUUID(), category, amount, rationale, null, null));
    }

    /**
     * A contract variation from an approved budget-variation change request: the amount is added to the total and to
     * the budget line it names. Recorded once per change request.
     */
    public boolean vary(UUID changeRequestId, String lineCode, BigDecimal amount, String rationale) {
        if (adjustments.stream().anyMatch(adjustment -> changeRequestId.equals(adjustment.changeRequestId()))) {
            return false;
        }
        requireOpen();
        Line line = line(lineCode).orElseThrow(() -> new IllegalStateException(
                "the " + financialYear + " budget has no line " + lineCode + " for the variation"));
        lines.set(lines.indexOf(line), new Line(line.code(), line.name(), line.amount().add(amount), line.demandLed()));
        add(new Adjustment(UUID.randomUUID(), AdjustmentCategory.CONTRACT_VARIATION, amount, rationale, changeRequestId, lineCode));
        return true;
    }

    private Adjustment add(Adjustment adjustment) {
        requireOpen();
        adjustments = new ArrayList<>(adjustments);
        adjustments.add(adjustment);
        return adjustment;
    }

    public void putLine(String code, String name, BigDecimal amount, boolean demandLed) {
        if (status == BudgetStatus.APPROVED) {
            throw ProblemException.conflict("The " + financialYear + " budget is APPROVED: its lines change only by contract variation");
        }
        requireOpen();
        List<Line> updated = new ArrayList<>(lines);
        updated.removeIf(line -> line.code().equals(code));
        updated.add(new Line(code, name, amount, demandLed));
        updated.sort(java.util.Comparator.comparing(Line::code));
        lines = updated;
    }

    public void setFunding(List<Funding> sources) {
        if (status == BudgetStatus.APPROVED) {
            throw ProblemException.conflict("The " + financialYear + " budget is APPROVED");
        }
        this.funding = new ArrayList<>(sources);
    }

    public void confirmInPrinciple() {
        if (status != BudgetStatus.INDICATIVE) {
            throw ProblemException.conflict("A " + status + " budget cannot be confirmed in principle; only an INDICATIVE one");
        }
        status = BudgetStatus.CONFIRMED_IN_PRINCIPLE;
    }

    /** Approval needs the lines, and any funding sources given, to add up to the total to the penny. */
    public void approve() {
        if (status != BudgetStatus.CONFIRMED_IN_PRINCIPLE) {
            throw ProblemException.conflict("A " + status + " budget cannot be approved; it must be CONFIRMED_IN_PRINCIPLE first");
        }
        BigDecimal total = total();
        if (linesTotal().compareTo(total) != 0) {
            throw ProblemException.conflict("The budget lines add up to " + linesTotal().toPlainString() + ", not the total "
                    + total.toPlainString() + ": they must match to the penny before approval");
        }
        if (!funding.isEmpty() && fundingTotal().compareTo(total) != 0) {
            throw ProblemException.conflict("The funding sources add up to " + fundingTotal().toPlainString() + ", not the total "
                    + total.toPlainString());
        }
        status = BudgetStatus.APPROVED;
    }

    public void close() {
        this.closed = true;
    }

    private void requireOpen() {
        if (closed) {
            throw ProblemException.conflict("The " + financialYear + " budget is closed: its outturn is final");
        }
    }

    public BigDecimal total() {
        return baseAmount.add(netChange());
    }

    /** The sum of the adjustments: the change from the base. */
    public BigDecimal netChange() {
        return adjustments.stream().map(Adjustment::amount).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
    }

    public BigDecimal linesTotal() {
        return lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
    }

    public BigDecimal fundingTotal() {
        return funding.stream().map(Funding::amount).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
    }

    public Optional<Line> line(String code) {
        return lines.stream().filter(line -> line.code().equals(code)).findFirst();
    }

    public UUID id() {
        return id;
    }

    public UUID contractId() {
        return contractId;
    }

    public String financialYear() {
        return financialYear;
    }

    public BigDecimal baseAmount() {
        return baseAmount;
    }

    public String baseSource() {
        return baseSource;
    }

    public BudgetStatus status() {
        return status;
    }

    public boolean closed() {
        return closed;
    }

    public List<Adjustment> adjustments() {
        return List.copyOf(adjustments);
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    public List<Funding> funding() {
        return List.copyOf(funding);
    }

    public long version() {
        return version;
    }

    /** A Schedule 3 adjustment, or a contract variation naming its change request and budget line. */
    public record Adjustment(UUID id, AdjustmentCategory category, BigDecimal amount, String rationale, UUID changeRequestId,
                             String lineCode) {
    }

    /** A budget line; demand-led lines (placements) may be left out of the risk share. */
    public record Line(String code, String name, BigDecimal amount, boolean demandLed) {
    }

    /** Where the money comes from: the council, DfE grants. */
    public record Funding(String source, BigDecimal amount) {
    }
}
