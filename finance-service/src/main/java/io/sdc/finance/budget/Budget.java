package io.sdc.finance.budget;

import io.sdc.platform.lifecycle.Lifecycle;
import io.sdc.platform.money.Money;
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

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

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
    public static final Money MAXIMUM = Money.of("9999999999999.99");

    @Id
    private UUID id;

    @Column(name = "contract_id", nullable = false, updatable = false)
    private UUID contractId;

    @Column(name = "financial_year", nullable = false, updatable = false)
    private String financialYear;

    @Column(name = "base_amount", nullable = false)
    private Money baseAmount;

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

    /** An INDICATIVE budget from a base set by hand (the first year's, or one given when it is set up). */
    public Budget(UUID contractId, String financialYear, Money baseAmount, String baseSource) {
        this.id = UUID.randomUUID();
        this.contractId = contractId;
        this.financialYear = financialYear;
        if (baseAmount.isNegative() || baseAmount.isGreaterThan(MAXIMUM)) {
            throw refused("baseAmount", "must be from 0.00 to " + MAXIMUM);
        }
        this.baseAmount = baseAmount;
        this.baseSource = baseSource;
        this.status = BudgetStatus.INDICATIVE;
    }

    /**
     * An INDICATIVE budget based on the previous financial year's approved total; refused (400) without an approved
     * budget for that year to start from.
     */
    public static Budget following(Optional<Budget> previous, String previousYear, UUID contractId, String financialYear) {
        Budget approved = previous.filter(candidate -> candidate.status == BudgetStatus.APPROVED).orElseThrow(() ->
                ProblemException.invalid("There is no approved " + previousYear + " budget to start from: give baseAmount"));
        return new Budget(contractId, financialYear, approved.total(), "The approved " + previousYear + " budget");
    }

    /**
     * A Schedule 3 adjustment; once approved, only contract variations still change the budget, and those come only
     * from approved budget-variation change requests ({@link #vary}), never as an adjustment typed in.
     */
    public Adjustment adjust(AdjustmentCategory category, Money amount, String rationale) {
        if (category == AdjustmentCategory.CONTRACT_VARIATION) {
            throw ProblemException.invalid("Contract variations come from approved budget-variation change requests in contract-service");
        }
        requireNotApproved("it changes only by contract variation");
        Money totalAfter = total().plus(amount);
        if (!withinRange(totalAfter)) {
            throw refused("amount", "would bring the " + financialYear + " budget's total to " + totalAfter
                    + "; a budget's total is from 0.00 to " + MAXIMUM);
        }
        return add(new Adjustment(UUID.randomUUID(), category, amount, rationale, null, null, null));
    }

    /**
     * Corrects a Schedule 3 adjustment in place (the same id): its category, amount and rationale. Refused once the
     * budget is approved or closed, for a contract variation (it comes from its change request) and for a withdrawn
     * adjustment. The reason is kept in the audit history, with the adjustment before and after.
     */
    public Adjustment correctAdjustment(UUID adjustmentId, AdjustmentCategory category, Money amount, String rationale) {
        if (category == AdjustmentCategory.CONTRACT_VARIATION) {
            throw ProblemException.invalid("Contract variations come from approved budget-variation change requests in contract-service");
        }
        Adjustment adjustment = changeableAdjustment(adjustmentId, "corrected");
        Money totalAfter = total().minus(adjustment.amount()).plus(amount);
        if (!withinRange(totalAfter)) {
            throw refused("amount", "would bring the " + financialYear + " budget's total to " + totalAfter
                    + "; a budget's total is from 0.00 to " + MAXIMUM);
        }
        return replace(adjustment, new Adjustment(adjustment.id(), category, amount, rationale, null, null, null));
    }

    /**
     * Withdraws a Schedule 3 adjustment with the reason given: it stays on the budget, marked withdrawn with its
     * reason, and no longer counts in the total. Refused as a correction is.
     */
    public Adjustment withdrawAdjustment(UUID adjustmentId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw refused("reason", "must not be blank: a withdrawal says why");
        }
        Adjustment adjustment = changeableAdjustment(adjustmentId, "withdrawn");
        Money totalAfter = total().minus(adjustment.amount());
        if (!withinRange(totalAfter)) {
            throw refused("amount", "withdrawing it would bring the " + financialYear + " budget's total to " + totalAfter
                    + "; a budget's total is from 0.00 to " + MAXIMUM);
        }
        return replace(adjustment, new Adjustment(adjustment.id(), adjustment.category(), adjustment.amount(), adjustment.rationale(),
                null, null, reason.strip()));
    }

    private Adjustment changeableAdjustment(UUID adjustmentId, String step) {
        Adjustment adjustment = adjustments.stream().filter(candidate -> candidate.id().equals(adjustmentId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("adjustment of the " + financialYear + " budget", adjustmentId));
        requireNotApproved("its adjustments are no longer " + step);
        requireOpen();
        if (adjustment.category() == AdjustmentCategory.CONTRACT_VARIATION) {
            throw ProblemException.conflict("A contract variation is not " + step + " here: it comes from its change request "
                    + adjustment.changeRequestId() + " in contract-service");
        }
        if (adjustment.withdrawn()) {
            throw ProblemException.conflict("The adjustment " + adjustmentId + " was withdrawn (" + adjustment.withdrawalReason()
                    + ") and is not " + step + " again");
        }
        return adjustment;
    }

    private Adjustment replace(Adjustment before, Adjustment after) {
        adjustments = new ArrayList<>(adjustments);
        adjustments.set(adjustments.indexOf(before), after);
        return after;
    }

    private static boolean withinRange(Money total) {
        return !total.isNegative() && !total.isGreaterThan(MAXIMUM);
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
    public boolean vary(UUID changeRequestId, String lineCode, Money amount, String rationale) {
        if (varied(changeRequestId)) {
            return false;
        }
        variationRefusal(changeRequestId, lineCode, amount).ifPresent(reason -> {
            throw new IllegalStateException(reason);
        });
        Line line = line(lineCode).orElseThrow();
        lines.set(lines.indexOf(line), new Line(line.code(), line.name(), line.amount().plus(amount), line.demandLed()));
        add(new Adjustment(UUID.randomUUID(), AdjustmentCategory.CONTRACT_VARIATION, amount, rationale, changeRequestId, lineCode, null));
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
    public Optional<String> variationRefusal(UUID changeRequestId, String lineCode, Money amount) {
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
        Money lineAfter = line.get().amount().plus(amount);
        if (lineAfter.isNegative()) {
            return Optional.of("a variation of " + amount + " would bring the " + financialYear + " budget's "
                    + lineCode + " line below zero, to " + lineAfter);
        }
        Money totalAfter = total().plus(amount);
        if (!withinRange(totalAfter)) {
            return Optional.of("a variation of " + amount + " would bring the " + financialYear
                    + " budget's total to " + totalAfter + ", outside 0.00 to " + MAXIMUM);
        }
        return Optional.empty();
    }

    /**
     * Why the trust cannot send a monitoring return against this budget: its year is closed, or it is not yet
     * approved; empty if it can.
     */
    public Optional<String> returnRefusal() {
        if (closed) {
            return Optional.of("the " + financialYear + " year is closed: its outturn is final");
        }
        if (status != BudgetStatus.APPROVED) {
            return Optional.of("the " + financialYear + " budget is " + status + ", not yet APPROVED");
        }
        return Optional.empty();
    }

    /**
     * Refuses (409) a monitoring return, a correction of one or a return of one to the trust once the year is closed:
     * its outturn is final and rests on the figures as they stand.
     */
    public void requireOpenForReturns() {
        if (closed) {
            throw ProblemException.conflict("The " + financialYear + " year is closed: its outturn is final, so its monitoring "
                    + "returns are no longer sent, corrected or returned");
        }
    }

    private Adjustment add(Adjustment adjustment) {
        requireOpen();
        adjustments = new ArrayList<>(adjustments);
        adjustments.add(adjustment);
        return adjustment;
    }

    public void putLine(String code, String name, Money amount, boolean demandLed) {
        requireNotApproved("its lines change only by contract variation");
        requireOpen();
        if (amount.isNegative()) {
            throw refused("amount", "must not be negative: a budget line is money made available");
        }
        List<Line> updated = new ArrayList<>(lines);
        updated.removeIf(line -> line.code().equals(code));
        updated.add(new Line(code, name, amount, demandLed));
        Money linesTotal = sum(updated.stream().map(Line::amount));
        if (linesTotal.isGreaterThan(MAXIMUM)) {
            throw refused("amount", "would bring the lines' total to " + linesTotal + ", above " + MAXIMUM);
        }
        updated.sort(Comparator.comparing(Line::code));
        lines = updated;
    }

    public void setFunding(List<Funding> sources) {
        requireNotApproved(null);
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i).amount().isNegative()) {
                throw refused("sources[" + i + "].amount", "must not be negative");
            }
        }
        Money fundingTotal = sum(sources.stream().map(Funding::amount));
        if (fundingTotal.isGreaterThan(MAXIMUM)) {
            throw refused("sources", "add up to " + fundingTotal + ", above " + MAXIMUM);
        }
        this.funding = new ArrayList<>(sources);
    }

    private void requireNotApproved(String why) {
        if (status == BudgetStatus.APPROVED) {
            throw ProblemException.conflict("The " + financialYear + " budget is APPROVED" + (why == null ? "" : ": " + why));
        }
    }

    /**
     * Moves the budget one step along its lifecycle ({@link BudgetStatus#next()}); a step not allowed from here is
     * refused, naming the steps that are. Approval needs the lines, and any funding sources given, to add up to the
     * total to the penny.
     */
    public void move(BudgetStatus target) {
        Lifecycle.requireStep(status, target, status.next(), () -> switch (target) {
            case INDICATIVE -> "A budget never goes back to INDICATIVE";
            case CONFIRMED_IN_PRINCIPLE -> "A " + status + " budget cannot be confirmed in principle; only an INDICATIVE one";
            case APPROVED -> "A " + status + " budget cannot be approved; it must be CONFIRMED_IN_PRINCIPLE first";
        });
        if (target == BudgetStatus.APPROVED) {
            Money total = total();
            if (linesTotal().compareTo(total) != 0) {
                throw ProblemException.conflict("The budget lines add up to " + linesTotal() + ", not the total "
                        + total + ": they must match to the penny before approval");
            }
            if (!funding.isEmpty() && fundingTotal().compareTo(total) != 0) {
                throw ProblemException.conflict("The funding sources add up to " + fundingTotal() + ", not the total " + total);
            }
        }
        status = target;
    }

    /** Closes the year once its outturn is final: no more returns, adjustments or variations. */
    public void close() {
        this.closed = true;
    }

    private void requireOpen() {
        if (closed) {
            throw ProblemException.conflict("The " + financialYear + " budget is closed: its outturn is final");
        }
    }

    private static Money sum(Stream<Money> amounts) {
        return amounts.reduce(Money.ZERO, Money::plus);
    }

    public Money total() {
        return baseAmount.plus(netChange());
    }

    /** The sum of the adjustments in effect (not withdrawn): the change from the base. */
    public Money netChange() {
        return sum(adjustmentsInEffect().stream().map(Adjustment::amount));
    }

    /** The adjustments that count: every one but those withdrawn. */
    public List<Adjustment> adjustmentsInEffect() {
        return adjustments.stream().filter(adjustment -> !adjustment.withdrawn()).toList();
    }

    public Money linesTotal() {
        return sum(lines.stream().map(Line::amount));
    }

    public Money fundingTotal() {
        return sum(funding.stream().map(Funding::amount));
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

    public Money baseAmount() {
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

    /**
     * A Schedule 3 adjustment, or a contract variation naming its change request and budget line; a withdrawn one
     * keeps its figures and says why it was withdrawn.
     */
    public record Adjustment(UUID id, AdjustmentCategory category, Money amount, String rationale, UUID changeRequestId,
                             String lineCode, String withdrawalReason) {

        public boolean withdrawn() {
            return withdrawalReason != null;
        }
    }

    /** A budget line; demand-led lines (placements) may be left out of the risk share. */
    public record Line(String code, String name, Money amount, boolean demandLed) {
    }

    /** Where the money comes from: the council, DfE grants. */
    public record Funding(String source, Money amount) {
    }
}
