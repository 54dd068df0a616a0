package io.sdc.finance.budget;

import io.sdc.platform.money.Money;
import io.sdc.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.sdc.finance.support.Aggregates.approvedBudget;
import static io.sdc.finance.support.Aggregates.budget;
import static io.sdc.finance.support.Aggregates.money;
import static io.sdc.finance.support.Refusals.assertConflict;
import static io.sdc.finance.support.Refusals.assertInvalid;
import static io.sdc.finance.support.Refusals.assertRefused;
import static io.sdc.finance.support.Refusals.catchProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** Correcting and withdrawing a budget's Schedule 3 adjustments, without Quarkus: nothing seen is deleted. */
class AdjustmentCorrectionRulesTest {

    private final Budget budget = budget("42311000.00");
    private final Budget.Adjustment pay = budget.adjust(AdjustmentCategory.PAY_INFLATION, money("400000.00"), "1% pay award");

    @Test
    void aCorrectionKeepsTheAdjustmentsIdAndChangesItsFiguresAndTheTotal() {
        Budget.Adjustment corrected = budget.correctAdjustment(pay.id(), AdjustmentCategory.PAY_INFLATION, money("420000.00"),
                "1.05% pay award");
        assertThat(corrected.id()).isEqualTo(pay.id());
        assertThat(budget.adjustments()).containsExactly(corrected);
        assertThat(corrected.amount()).isEqualTo(money("420000.00"));
        assertThat(corrected.rationale()).isEqualTo("1.05% pay award");
        assertThat(budget.total()).isEqualTo(money("42731000.00"));
    }

    @Test
    void aWithdrawnAdjustmentStaysWithItsReasonAndNoLongerCounts() {
        budget.adjust(AdjustmentCategory.OTHER, money("-11000.00"), "Other");
        assertRefused(() -> budget.withdrawAdjustment(pay.id(), " "), "reason");

        Budget.Adjustment withdrawn = budget.withdrawAdjustment(pay.id(), " Entered twice ");

        assertThat(withdrawn.withdrawn()).isTrue();
        assertThat(withdrawn.withdrawalReason()).isEqualTo("Entered twice");
        assertThat(withdrawn.amount()).as("its figures stay").isEqualTo(money("400000.00"));
        assertThat(budget.adjustments()).hasSize(2);
        assertThat(budget.adjustmentsInEffect()).extracting(Budget.Adjustment::category).containsExactly(AdjustmentCategory.OTHER);
        assertThat(budget.netChange()).isEqualTo(money("-11000.00"));
        assertThat(budget.total()).isEqualTo(money("42300000.00"));
        assertConflict(() -> budget.withdrawAdjustment(pay.id(), "Again"), "The adjustment " + pay.id()
                + " was withdrawn (Entered twice) and is not withdrawn again");
        assertConflict(() -> budget.correctAdjustment(pay.id(), AdjustmentCategory.OTHER, Money.ZERO, "Back"), "The adjustment "
                + pay.id() + " was withdrawn (Entered twice) and is not corrected again");
    }

    @Test
    void refusesACorrectionIntoAContractVariationOrBeyondWhatABudgetHolds() {
        assertInvalid(() -> budget.correctAdjustment(pay.id(), AdjustmentCategory.CONTRACT_VARIATION, money("1.00"), "by hand"),
                "Contract variations come from approved budget-variation change requests in contract-service");
        assertRefused(() -> budget.correctAdjustment(pay.id(), AdjustmentCategory.OTHER, money("-42311000.01"), "too much"), "amount");
        assertThat(budget.adjustments()).containsExactly(pay);
    }

    @Test
    void refusesAnAdjustmentItDoesNotHave() {
        UUID unknown = UUID.randomUUID();
        assertThat(catchProblem(() -> budget.withdrawAdjustment(unknown, "Entered twice")).type()).isEqualTo(ProblemType.NOT_FOUND);
    }

    @Test
    void neitherCorrectsNorWithdrawsOnceApprovedOrClosedNorAContractVariation() {
        Budget approved = approvedBudget("staffing 100.00", "placements 50.00");
        UUID changeRequest = UUID.randomUUID();
        approved.vary(changeRequest, "placements", money("25.00"), "NCR-4");
        UUID variation = approved.adjustments().get(0).id();
        assertConflict(() -> approved.withdrawAdjustment(variation, "Wrong"),
                "The 2015/16 budget is APPROVED: its adjustments are no longer withdrawn");

        Budget indicative = budget("100.00");
        indicative.putLine("placements", "Placements", money("100.00"), true);
        indicative.vary(changeRequest, "placements", money("25.00"), "NCR-4");
        UUID indicativeVariation = indicative.adjustments().get(0).id();
        assertConflict(() -> indicative.correctAdjustment(indicativeVariation, AdjustmentCategory.OTHER, money("2.00"), "Wrong"),
                "A contract variation is not corrected here: it comes from its change request " + changeRequest + " in contract-service");
        Budget.Adjustment other = indicative.adjust(AdjustmentCategory.OTHER, money("1.00"), "Other");
        indicative.close();
        assertConflict(() -> indicative.correctAdjustment(other.id(), AdjustmentCategory.OTHER, money("2.00"), "Closed"),
                "The 2015/16 budget is closed: its outturn is final");
    }
}
