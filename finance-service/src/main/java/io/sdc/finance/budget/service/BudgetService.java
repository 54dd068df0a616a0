package io.sdc.finance.budget.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sdc.finance.budget.AdjustmentCategory;
import io.sdc.finance.budget.Budget;
import io.sdc.finance.budget.BudgetStatus;
import io.sdc.finance.budget.FinancialYear;
import io.sdc.finance.budget.mapping.BudgetMapper;
import io.sdc.finance.budget.repository.BudgetRepository;
import io.sdc.finance.contract.Contract;
import io.sdc.finance.contract.repository.ContractRepository;
import io.sdc.platform.events.EventEnvelope;
import io.sdc.platform.events.EventOutbox;
import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.rest.EntityTags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

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
    ObjectMapper objectMapper;

    @ConfigProperty(name = "quarkus.application.name")
    String source;

    /** A year's budget, by default based on the previous year's approved total. */
    @Transactional
    public Budget create(UUID contractId, String financialYear, BigDecimal baseAmount) {
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
            Budget previous = budgets.of(contractId, previousYear)
                    .filter(candidate -> candidate.status() == BudgetStatus.APPROVED)
                    .orElseThrow(() -> ProblemException.invalid("There is no approved " + previousYear
                            + " budget to start from: give baseAmount"));
            budget = new Budget(contractId, financialYear, previous.total(), "The approved " + previousYear + " budget");
        }
        budgets.persistAndFlush(budget);
        return budget;
    }

    @Transactional
    public Budget adjust(UUID id, long expectedVersion, AdjustmentCategory category, BigDecimal amount, String rationale) {
        if (category == AdjustmentCategory.CONTRACT_VARIATION) {
            throw ProblemException.invalid("Contract variations come from approved budget-variation change requests in contract-service");
        }
        Budget budget = current(id, expectedVersion);
        budget.adjust(category, amount, rationale);
        budgets.flush();
        return budget;
    }

    @Transactional
    public Budget putLine(UUID id, long expectedVersion, String code, String name, BigDecimal amount, boolean demandLed) {
        Budget budget = current(id, expectedVersion);
        budget.putLine(code, name, amount, demandLed);
        budgets.flush();
        return budget;
    }

    @Transactional
    public Budget setFunding(UUID id, long expectedVersion, List<Budget.Funding> funding) {
        Budget budget = current(id, expectedVersion);
        budget.setFunding(funding);
        budgets.flush();
        return budget;
    }

    @Transactional
    public Budget changeStatus(UUID id, long expectedVersion, BudgetStatus target) {
        Budget budget = current(id, expectedVersion);
        switch (target) {
            case CONFIRMED_IN_PRINCIPLE -> budget.confirmInPrinciple();
            case APPROVED -> budget.approve();
            case INDICATIVE -> throw ProblemException.conflict("A budget never goes back to INDICATIVE");
        }
        budgets.flush();
        announce(FinanceEvents.BUDGET_STATUS_CHANGED, budget);
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
            announce(FinanceEvents.BUDGET_VARIED, budget);
        }
        return Optional.empty();
    }

    /** Says, through the outbox, that an approved budget variation cannot be applied here, and why. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refuseVariation(UUID contractId, UUID changeRequestId, String reference, String reason) {
        outbox.append(new EventEnvelope(UUID.randomUUID(), FinanceEvents.BUDGET_VARIATION_REFUSED, source, contractId.toString(),
                Instant.now(), 1, objectMapper.createObjectNode()
                        .put("changeRequestId", changeRequestId.toString())
                        .put("contractId", contractId.toString())
                        .put("reference", reference)
                        .put("reason", reason)));
    }

    /** An approved budget-variation change request as contract-service announced it. */
    public record ApprovedVariation(UUID contractId, UUID changeRequestId, String reference, String financialYear, String lineCode,
                                    BigDecimal amount, String rationale) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Budget get(UUID id) {
        return budgets.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("budget", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Budget> ofContract(UUID contractId) {
        contract(contractId);
        return budgets.ofContract(contractId);
    }

    public Contract contract(UUID contractId) {
        return contracts.findByIdOptional(contractId).orElseThrow(() -> ProblemException.notFound("contract", contractId));
    }

    private Budget current(UUID id, long expectedVersion) {
        Budget budget = get(id);
        EntityTags.requireCurrent("budget", budget.version(), expectedVersion);
        return budget;
    }

    private void announce(String type, Budget budget) {
        outbox.append(new EventEnvelope(UUID.randomUUID(), type, source, budget.contractId().toString(), Instant.now(), 1,
                objectMapper.valueToTree(BudgetMapper.toView(budget))));
    }
}
