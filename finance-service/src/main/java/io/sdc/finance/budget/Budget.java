package io.sdc.finance.budget;

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

    /**
     * The largest amount a budget, its total, its lines' total or its funding's total may be: what money in the API
     * and a NUMERIC(15,2) column hold. None of them may be negative.
     */
    public static final BigDecimal MAXIMUM = new BigDecimal("9999999999999.99");

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
        if (baseAmount.signum() < 0 || baseAmount.compareTo(MAXIMUM) > 0) {
            throw refused("baseAmount", "must be from 0.00 to " + MAXIMUM.toPlainString());
        }
        this.baseAmount = baseAmount;
        this.baseSource = baseSource;
        this.status = BudgetStatus.INDICATIVE;
    }

    /** A Schedule 3 adjustment; once approved, only contract variations still change the budget. */
    public Adjustment adjust(AdjustmentCategory category, BigDecimal amount, String rationale) {
        if (status == BudgetStatus.APPROVED) {
            throw ProblemException.conflict("The " + financialYear + " budget is APPROVED: it changes only by contract variation");
        }
        BigDecimal totalAfter = total().add(amount);
        if (totalAfter.signum() < 0 || totalAfter.compareTo(MAXIMUM) > 0) {
            throw refused("amount", "would bring the " + financialYear + " budget's total to " + totalAfter.toPlainString()
                    + "; a budget's total is from 0.00 to " + MAXIMUM.toPlainString());
        }
        return add(new Adjustment(UUID.randomUUID(), category, amount, rationale, null, null));
    }

    private static ProblemException refused(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION_FAILED, "'" + field + "' " + message,
                List.of(new Problem.Violation(field, message)));
    }

    /**
     * A contract variation from an approved budget-variation change request: the amount is added to the total and to
     * the budget line it names. Recorded once per change request. A variation the budget cannot take (see
     * {@link #variationRefusal}) is a fault of the caller, who asks first.
     */
    public boolean vary(UUID changeRequestId, String lineCode, BigDecimal amount, String rationale) {
        if (varied(changeRequestId)) {
            return false;
        }
        variationRefusal(changeRequestId, lineCode, amount).ifPresent(reason -> {
            throw new IllegalStateException(reason);
        });
        Line line = line(lineCode).orElseThrow();
        lines.set(lines.indexOf(line), new Line(line.code(), line.name(), line.amount().add(amount), line.demandLed()));
        add(new Adjustment(UUID.randomUUID(), AdjustmentCategory.CONTRACT_VARIATION, amount, rationale, changeRequestId, lineCode));
        return true;
    }

    /** Whether the change request's variation is already recorded on this budget. */
    public boolean varied(UUID changeRequestId) {
        return adjustments.stream().anyMatch(adjustment -> changeRequestId.equals(adjustment.changeRequestId()));
    }

    /**
     * Why this budget cannot take a contract variation, in words a commissioner can act on; empty if it can, or if
     * the change request's variation is already recorded.
     */
    public Optional<String> variationRefusal(UUID changeRequestId, String lineCode, BigDecimal amount) {
        if (varied(changeRequestId)) {
            return Optional.empty();
        }
        if (closed) {
            return Optional.of("the " + financialYear + " budget is closed: its outturn is final");
        }
        Optional<Line> line = line(lineCode);
        if (line.isEmpty()) {
            return Optional.of("the " + financialYear + " budget has no line named " + lineCode
                    + (lines.isEmpty() ? "; it has no lines yet" : "; its lines are "
                    + String.join(", ", lines.stream().map(Line::code).toList())));
        }
        BigDecimal lineAfter = line.get().amount().add(amount);
        if (lineAfter.signum() < 0) {
            return Optional.of("a variation of " + amount.toPlainString() + " would bring the " + financialYear + " budget's "
                    + lineCode + " line below zero, to " + lineAfter.toPlainString());
        }
        BigDecimal totalAfter = total().add(amount);
        if (totalAfter.signum() < 0 || totalAfter.compareTo(MAXIMUM) > 0) {
            return Optional.of("a variation of " + amount.toPlainString() + " would bring the " + financialYear
                    + " budget's total to " + totalAfter.toPlainString() + ", outside 0.00 to " + MAXIMUM.toPlainString());
        }
        return Optional.empty();
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
        if (amount.signum() < 0) {
            throw refused("amount", "must not be negative: a budget line is money made available");
        }
        List<Line> updated = new ArrayList<>(lines);
        updated.removeIf(line -> line.code().equals(code));
        updated.add(new Line(code, name, amount, demandLed));
        BigDecimal linesTotal = updated.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (linesTotal.compareTo(MAXIMUM) > 0) {
            throw refused("amount", "would bring the lines' total to " + linesTotal.toPlainString() + ", above "
                    + MAXIMUM.toPlainString());
        }
        updated.sort(java.util.Comparator.comparing(Line::code));
        lines = updated;
    }

    public void setFunding(List<Funding> sources) {
        if (status == BudgetStatus.APPROVED) {
            throw ProblemException.conflict("The " + financialYear + " budget is APPROVED");
        }
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i).amount().signum() < 0) {
                throw refused("sources[" + i + "].amount", "must not be negative");
            }
        }
        BigDecimal fundingTotal = sources.stream().map(Funding::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (fundingTotal.compareTo(MAXIMUM) > 0) {
            throw refused("sources", "add up to " + fundingTotal.toPlainString() + ", above " + MAXIMUM.toPlainString());
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
