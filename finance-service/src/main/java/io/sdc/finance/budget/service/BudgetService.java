package io.sdc.finance.budget.service;

import io.sdc.finance.budget.AdjustmentCategory;
import io.sdc.finance.budget.Budget;
import io.sdc.finance.budget.BudgetStatus;
import io.sdc.finance.budget.FinancialYear;
import io.sdc.finance.budget.events.BudgetChanged;
import io.sdc.finance.budget.events.BudgetVariationRefused;
import io.sdc.finance.budget.repository.BudgetRepository;
import io.sdc.finance.contract.Contract;
import io.sdc.finance.contract.repository.ContractRepository;
import io.sdc.platform.audit.ChangeContext;
import io.sdc.platform.events.EventOutbox;
import io.sdc.platform.money.Money;
import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.rest.EntityTags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** Sets budgets up from the previous year's, adjusts, splits and approves them, and records contract variations. */
@ApplicationScoped
public class BudgetService {

    @Inject
    BudgetRepository budgets;

    @Inject
    ContractRepository contracts;

    @Inject
    EventOutbox outbox;

    @Inject
    ChangeContext changeContext;

    /** A year's budget, by default based on the previous year's approved total. */
    @Transactional
    public Budget create(UUID contractId, String financialYear, Money baseAmount) {
        Contract contract = contract(contractId);
        FinancialYear year = FinancialYear.of(financialYear, contract.financialYearStart());
        if (year.end().isBefore(contract.commencementDate()) || year.start().isAfter(contract.expiryDate())) {
            throw ProblemException.invalid("The financial year " + financialYear + " is outside the contract's term");
        }
        budgets.of(contractId, financialYear).ifPresent(existing -> {
            throw ProblemException.conflict("The contract already has a " + financialYear + " budget: " + existing.id());
        });
        Budget budget;
        if (baseAmount != null) {
            budget = new Budget(contractId, financialYear, baseAmount, "Set when the budget was created");
        } else {
            String previousYear = year.previous(contract.financialYearStart()).label();
            budget = Budget.following(budgets.of(contractId, previousYear), previousYear, contractId, financialYear);
        }
        budgets.persistAndFlush(budget);
        return budget;
    }

    @Transactional
    public Budget adjust(UUID id, long expectedVersion, AdjustmentCategory category, Money amount, String rationale) {
        return change(id, expectedVersion, budget -> budget.adjust(category, amount, rationale));
    }

    /** Corrects an adjustment, at the version the caller saw, with the reason it needs. */
    @Transactional
    public Budget correctAdjustment(UUID id, long expectedVersion, UUID adjustmentId, AdjustmentCategory category, Money amount,
                                    String rationale, String givenReason) {
        changeContext.requireReason("correct a budget adjustment", givenReason);
        return change(id, expectedVersion, budget -> budget.correctAdjustment(adjustmentId, category, amount, rationale));
    }

    /** Withdraws an adjustment, at the version the caller saw, with the reason it needs: it stays, no longer counted. */
    @Transactional
    public Budget withdrawAdjustment(UUID id, long expectedVersion, UUID adjustmentId, String givenReason) {
        String reason = changeContext.requireReason("withdraw a budget adjustment", givenReason);
        return change(id, expectedVersion, budget -> budget.withdrawAdjustment(adjustmentId, reason));
    }

    @Transactional
    public Budget putLine(UUID id, long expectedVersion, String code, String name, Money amount, boolean demandLed) {
        return change(id, expectedVersion, budget -> budget.putLine(code, name, amount, demandLed));
    }

    @Transactional
    public Budget setFunding(UUID id, long expectedVersion, List<Budget.Funding> funding) {
        return change(id, expectedVersion, budget -> budget.setFunding(funding));
    }

    @Transactional
    public Budget changeStatus(UUID id, long expectedVersion, BudgetStatus target) {
        Budget budget = change(id, expectedVersion, current -> current.move(target));
        outbox.publish(BudgetChanged.STATUS_CHANGED, budget.contractId(), BudgetChanged.of(budget));
        return budget;
    }

    /**
     * Records an approved budget variation on its year's budget; a repeat of the same change request changes nothing.
     * A variation the budget cannot take (no budget for the year, no such line, a closed year, a line or total it
     * would take out of range) is not recorded: {@code finance.budget-variation.refused} says why, in the same
     * transaction. Returns the reason if it was refused.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<String> recordVariation(ApprovedVariation variation) {
        Optional<Budget> found = budgets.of(variation.contractId(), variation.financialYear());
        Optional<String> refusal = found.isEmpty()
                ? Optional.of("finance-service has no budget for " + variation.financialYear() + " for this contract")
                : found.get().variationRefusal(variation.changeRequestId(), variation.lineCode(), variation.amount());
        if (refusal.isPresent()) {
            refuseVariation(variation.contractId(), variation.changeRequestId(), variation.reference(), refusal.get());
            return refusal;
        }
        Budget budget = found.get();
        if (budget.vary(variation.changeRequestId(), variation.lineCode(), variation.amount(), variation.rationale())) {
            budgets.flush();
            outbox.publish(BudgetChanged.VARIED, budget.contractId(), BudgetChanged.of(budget));
        }
        return Optional.empty();
    }

    /** Says, through the outbox, that an approved budget variation cannot be applied here, and why. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refuseVariation(UUID contractId, UUID changeRequestId, String reference, String reason) {
        outbox.publish(BudgetVariationRefused.TYPE, contractId, new BudgetVariationRefused(changeRequestId, contractId, reference, reason));
    }

    /** An approved budget-variation change request as contract-service announced it. */
    public record ApprovedVariation(UUID contractId, UUID changeRequestId, String reference, String financialYear, String lineCode,
                                    Money amount, String rationale) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Budget get(UUID id) {
        return budgets.get(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Budget> ofContract(UUID contractId) {
        contract(contractId);
        return budgets.ofContract(contractId);
    }

    public Contract contract(UUID contractId) {
        return contracts.get(contractId);
    }

    /** Loads the budget at the version the caller saw, lets it take the change, and saves it. */
    private Budget change(UUID id, long expectedVersion, Consumer<Budget> step) {
        Budget budget = get(id);
        EntityTags.requireCurrent("budget", budget.version(), expectedVersion);
        step.accept(budget);
        budgets.flush();
        return budget;
    }
}
