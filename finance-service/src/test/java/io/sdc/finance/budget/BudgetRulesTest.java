package io.sdc.finance.budget;

import io.sdc.platform.money.Money;
import io.sdc.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static io.sdc.finance.support.Aggregates.CONTRACT;
import static io.sdc.finance.support.Aggregates.approvedBudget;
import static io.sdc.finance.support.Aggregates.budget;
import static io.sdc.finance.support.Aggregates.money;
import static io.sdc.finance.support.Refusals.assertConflict;
import static io.sdc.finance.support.Refusals.assertInvalid;
import static io.sdc.finance.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A budget's own rules, without Quarkus: its lifecycle, what may change it when, and the money it can hold. */
class BudgetRulesTest {

    @Test
    void startsIndicativeFromItsBaseWithNothingAdjusted() {
        Budget budget = budget("42311000.00");
        assertThat(budget.status()).isEqualTo(BudgetStatus.INDICATIVE);
        assertThat(budget.total()).isEqualTo(money("42311000.00"));
        assertThat(budget.netChange()).isEqualTo(Money.ZERO);
        assertThat(budget.closed()).isFalse();
    }

    @Test
    void refusesABaseBelowZeroOrBeyondWhatABudgetHolds() {
        assertRefused(() -> budget("-0.01"), "baseAmount");
        assertRefused(() -> new Budget(CONTRACT, "2015/16", Budget.MAXIMUM.plus(money("0.01")), "by hand"), "baseAmount");
        assertThat(budget("9999999999999.99").total()).isEqualTo(Budget.MAXIMUM);
    }

    @Test
    void followsThePreviousYearsApprovedTotalAndOnlyAnApprovedOne() {
        Budget previous = approvedBudget("staffing 42311000.00");
        Budget next = Budget.following(Optional.of(previous), "2015/16", CONTRACT, "2016/17");
        assertThat(next.baseAmount()).isEqualTo(money("42311000.00"));
        assertThat(next.baseSource()).isEqualTo("The approved 2015/16 budget");
        assertThat(next.status()).isEqualTo(BudgetStatus.INDICATIVE);

        Budget indicative = budget("1.00");
        for (Optional<Budget> none : List.of(Optional.<Budget>empty(), Optional.of(indicative))) {
            assertInvalid(() -> Budget.following(none, "2015/16", CONTRACT, "2016/17"),
                    "There is no approved 2015/16 budget to start from: give baseAmount");
        }
    }

    @Test
    void takesSignedScheduleThreeAdjustmentsIntoItsTotalAndNetChange() {
        Budget budget = budget("42311000.00");
        budget.adjust(AdjustmentCategory.PAY_INFLATION, money("400000.00"), "1% pay award");
        budget.adjust(AdjustmentCategory.PRICE_INFLATION, money("250000.00"), "Contract price uplifts");
        budget.adjust(AdjustmentCategory.CHANGES_IN_LAW, money("39000.00"), "National Living Wage");
        budget.adjust(AdjustmentCategory.DEMAND_FOR_SERVICES, money("300000.00"), "Looked-after children numbers");
        budget.adjust(AdjustmentCategory.CONTRIBUTION_TO_COUNCIL_SAVINGS, money("-1100000.00"), "Savings");
        assertThat(budget.total()).isEqualTo(money("42200000.00"));
        assertThat(budget.netChange()).isEqualTo(money("-111000.00"));
        assertThat(budget.adjustments()).hasSize(5).allSatisfy(adjustment -> assertThat(adjustment.changeRequestId()).isNull());
    }

    @Test
    void refusesAContractVariationTypedInAsAnAdjustment() {
        Budget budget = budget("1000.00");
        assertInvalid(() -> budget.adjust(AdjustmentCategory.CONTRACT_VARIATION, money("1.00"), "by hand"),
                "Contract variations come from approved budget-variation change requests in contract-service");
        assertThat(budget.adjustments()).isEmpty();
    }

    @Test
    void refusesAnAdjustmentTakingTheTotalBelowZeroOrBeyondWhatABudgetHolds() {
        Budget budget = budget("1000000.00");
        assertRefused(() -> budget.adjust(AdjustmentCategory.OTHER, money("-1000000.01"), "too much"), "amount");
        assertRefused(() -> budget.adjust(AdjustmentCategory.OTHER, money("9999998999999.99").plus(money("0.01")), "beyond"), "amount");
        budget.adjust(AdjustmentCategory.OTHER, money("-1000000.00"), "all of it");
        assertThat(budget.total()).isEqualTo(Money.ZERO);
    }

    @Test
    void movesIndicativeToConfirmedInPrincipleToApprovedOnly() {
        Budget budget = budget("100.00");
        assertConflict(() -> budget.move(BudgetStatus.APPROVED),
                "A INDICATIVE budget cannot be approved; it must be CONFIRMED_IN_PRINCIPLE first; the steps allowed from INDICATIVE are CONFIRMED_IN_PRINCIPLE");
        assertConflict(() -> budget.move(BudgetStatus.INDICATIVE),
                "A budget never goes back to INDICATIVE; the steps allowed from INDICATIVE are CONFIRMED_IN_PRINCIPLE");
        budget.move(BudgetStatus.CONFIRMED_IN_PRINCIPLE);
        assertConflict(() -> budget.move(BudgetStatus.CONFIRMED_IN_PRINCIPLE),
                "A CONFIRMED_IN_PRINCIPLE budget cannot be confirmed in principle; only an INDICATIVE one; the steps allowed from "
                        + "CONFIRMED_IN_PRINCIPLE are APPROVED");
        budget.putLine("staffing", "Staffing", money("100.00"), false);
        budget.move(BudgetStatus.APPROVED);
        assertThat(budget.status()).isEqualTo(BudgetStatus.APPROVED);
        for (BudgetStatus target : BudgetStatus.values()) {
            assertThatThrownBy(() -> budget.move(target)).isInstanceOf(ProblemException.class)
                    .hasMessageEndingWith("; the steps allowed from APPROVED are none: it is final");
        }
    }

    @Test
    void approvesOnlyWhenTheLinesAndAnyFundingAddUpToTheTotalToThePenny() {
        Budget budget = budget("42200000.00");
        budget.move(BudgetStatus.CONFIRMED_IN_PRINCIPLE);
        budget.putLine("staffing", "Staffing", money("38200000.00"), false);
        budget.putLine("overheads", "Overheads", money("3999999.99"), false);
        assertConflict(() -> budget.move(BudgetStatus.APPROVED),
                "The budget lines add up to 42199999.99, not the total 42200000.00: they must match to the penny before approval");
        budget.putLine("overheads", "Overheads", money("4000000.00"), false);
        budget.setFunding(List.of(new Budget.Funding("Council", money("41000000.00"))));
        assertConflict(() -> budget.move(BudgetStatus.APPROVED), "The funding sources add up to 41000000.00, not the total 42200000.00");
        assertThat(budget.status()).isEqualTo(BudgetStatus.CONFIRMED_IN_PRINCIPLE);
        budget.setFunding(List.of(new Budget.Funding("Council", money("41000000.00")), new Budget.Funding("DfE grant", money("1200000.00"))));
        budget.move(BudgetStatus.APPROVED);
        assertThat(budget.status()).isEqualTo(BudgetStatus.APPROVED);
        assertThat(budget.fundingTotal()).isEqualTo(budget.total());
    }

    @Test
    void keepsItsLinesInCodeOrderReplacingALineOfTheSameCode() {
        Budget budget = budget("100.00");
        budget.putLine("staffing", "Staffing", money("60.00"), false);
        budget.putLine("placements", "Placements", money("30.00"), true);
        budget.putLine("staffing", "Staff", money("70.00"), false);
        assertThat(budget.lines()).extracting(Budget.Line::code).containsExactly("placements", "staffing");
        assertThat(budget.line("staffing")).contains(new Budget.Line("staffing", "Staff", money("70.00"), false));
        assertThat(budget.linesTotal()).isEqualTo(money("100.00"));
    }

    @Test
    void refusesNegativeLinesAndFundingAndTotalsBeyondWhatABudgetHolds() {
        Budget budget = budget("100.00");
        assertRefused(() -> budget.putLine("staffing", "Staffing", money("-1.00"), false), "amount");
        budget.putLine("staffing", "Staffing", Budget.MAXIMUM, false);
        assertRefused(() -> budget.putLine("placements", "Placements", money("0.01"), true), "amount");
        assertRefused(() -> budget.setFunding(List.of(new Budget.Funding("Council", money("1.00")),
                new Budget.Funding("DfE grant", money("-1.00")))), "sources[1].amount");
        assertRefused(() -> budget.setFunding(List.of(new Budget.Funding("Council", Budget.MAXIMUM),
                new Budget.Funding("DfE grant", money("0.01")))), "sources");
        assertThat(budget.lines()).hasSize(1);
        assertThat(budget.funding()).isEmpty();
    }

    @Test
    void onceApprovedChangesOnlyByContractVariation() {
        Budget budget = approvedBudget("staffing 100.00");
        assertConflict(() -> budget.adjust(AdjustmentCategory.OTHER, money("1.00"), "late"),
                "The 2015/16 budget is APPROVED: it changes only by contract variation");
        assertConflict(() -> budget.putLine("staffing", "Staffing", money("1.00"), false),
                "The 2015/16 budget is APPROVED: its lines change only by contract variation");
        assertConflict(() -> budget.setFunding(List.of()), "The 2015/16 budget is APPROVED");

        UUID change = UUID.randomUUID();
        assertThat(budget.vary(change, "staffing", money("50.00"), "NCR-4 Contract variation")).isTrue();
        assertThat(budget.total()).isEqualTo(money("150.00"));
        assertThat(budget.line("staffing").orElseThrow().amount()).isEqualTo(money("150.00"));
        assertThat(budget.adjustments()).singleElement().satisfies(adjustment -> {
            assertThat(adjustment.category()).isEqualTo(AdjustmentCategory.CONTRACT_VARIATION);
            assertThat(adjustment.changeRequestId()).isEqualTo(change);
            assertThat(adjustment.lineCode()).isEqualTo("staffing");
        });
    }

    @Test
    void recordsAChangeRequestsVariationOnceAndRefusesNothingForARepeat() {
        Budget budget = approvedBudget("staffing 100.00");
        UUID change = UUID.randomUUID();
        budget.vary(change, "staffing", money("50.00"), "once");
        assertThat(budget.varied(change)).isTrue();
        assertThat(budget.variationRefusal(change, "no-such-line", money("-1000.00"))).isEmpty();
        assertThat(budget.vary(change, "staffing", money("50.00"), "again")).isFalse();
        assertThat(budget.total()).isEqualTo(money("150.00"));
        assertThat(budget.adjustments()).hasSize(1);
    }

    @Test
    void saysWhyItCannotTakeAVariation() {
        Budget noLines = budget("100.00");
        assertThat(noLines.variationRefusal(UUID.randomUUID(), "catering", money("1.00")))
                .contains("the 2015/16 budget has no line named catering; it has no lines yet");
        Budget budget = approvedBudget("staffing 100.00", "placements 50.00");
        assertThat(budget.variationRefusal(UUID.randomUUID(), "catering", money("1.00")))
                .contains("the 2015/16 budget has no line named catering; its lines are placements, staffing");
        assertThat(budget.variationRefusal(UUID.randomUUID(), "placements", money("-50.01")))
                .contains("a variation of -50.01 would bring the 2015/16 budget's placements line below zero, to -0.01");
        assertThat(budget.variationRefusal(UUID.randomUUID(), "placements", Budget.MAXIMUM))
                .contains("a variation of 9999999999999.99 would bring the 2015/16 budget's total to 10000000000149.99, outside 0.00 to "
                        + "9999999999999.99");
        assertThat(budget.variationRefusal(UUID.randomUUID(), "placements", money("-50.00"))).isEmpty();
        UUID refused = UUID.randomUUID();
        assertThatThrownBy(() -> budget.vary(refused, "catering", money("1.00"), "no line"))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("the 2015/16 budget has no line named catering");
        assertThat(budget.varied(refused)).isFalse();
    }

    @Test
    void aClosedYearTakesNoVariationAdjustmentLineOrReturn() {
        Budget budget = approvedBudget("staffing 100.00");
        assertThat(budget.returnRefusal()).isEmpty();
        budget.close();
        assertThat(budget.closed()).isTrue();
        assertThat(budget.variationRefusal(UUID.randomUUID(), "staffing", money("1.00")))
                .contains("the 2015/16 budget is closed: its outturn is final");
        assertThat(budget.returnRefusal()).contains("the 2015/16 year is closed: its outturn is final");

        Budget indicative = budget("100.00");
        indicative.close();
        assertConflict(() -> indicative.adjust(AdjustmentCategory.OTHER, money("1.00"), "late"),
                "The 2015/16 budget is closed: its outturn is final");
        assertConflict(() -> indicative.putLine("staffing", "Staffing", money("1.00"), false),
                "The 2015/16 budget is closed: its outturn is final");
    }

    @Test
    void takesReturnsOnlyOnceApproved() {
        Budget budget = budget("100.00");
        assertThat(budget.returnRefusal()).contains("the 2015/16 budget is INDICATIVE, not yet APPROVED");
        budget.move(BudgetStatus.CONFIRMED_IN_PRINCIPLE);
        assertThat(budget.returnRefusal()).contains("the 2015/16 budget is CONFIRMED_IN_PRINCIPLE, not yet APPROVED");
    }
}
