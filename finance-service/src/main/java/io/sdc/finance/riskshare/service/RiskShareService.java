package io.sdc.finance.riskshare.service;

import io.sdc.finance.budget.Budget;
import io.sdc.finance.budget.repository.BudgetRepository;
import io.sdc.finance.contract.repository.ContractRepository;
import io.sdc.finance.monitoring.MonitoringReturn;
import io.sdc.finance.monitoring.service.ForecastService;
import io.sdc.finance.riskshare.Outturn;
import io.sdc.finance.riskshare.OutturnCalculation;
import io.sdc.finance.riskshare.RiskShareMechanism;
import io.sdc.finance.riskshare.events.OutturnFinalised;
import io.sdc.finance.riskshare.repository.OutturnRepository;
import io.sdc.finance.riskshare.repository.RiskShareRepository;
import io.sdc.platform.events.EventOutbox;
import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.rest.EntityTags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/** Keeps each contract's risk-share mechanism and works out the year-end outturn with it. */
@ApplicationScoped
public class RiskShareService {

    @Inject
    RiskShareRepository mechanisms;

    @Inject
    OutturnRepository outturns;

    @Inject
    BudgetRepository budgets;

    @Inject
    ContractRepository contracts;

    @Inject
    ForecastService forecasts;

    @Inject
    EventOutbox outbox;

    @Transactional
    public RiskShareMechanism define(UUID contractId, String ifMatch, boolean excludeDemandLed,
                                     List<RiskShareMechanism.Band> overspend, List<RiskShareMechanism.Band> underspend) {
        contracts.get(contractId);
        RiskShareMechanism mechanism = mechanisms.ofContract(contractId).orElse(null);
        if (mechanism == null) {
            mechanism = new RiskShareMechanism(contractId, excludeDemandLed, overspend, underspend);
            mechanisms.persist(mechanism);
        } else {
            if (ifMatch == null || ifMatch.isBlank()) {
                throw ProblemException.conflict("The contract already has a risk-share mechanism (version " + mechanism.version()
                        + "): to replace it, send If-Match with its ETag");
            }
            EntityTags.requireCurrent("risk-share mechanism", mechanism.version(), EntityTags.expectedVersion(ifMatch));
            mechanism.define(excludeDemandLed, overspend, underspend);
        }
        mechanisms.flush();
        return mechanism;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RiskShareMechanism mechanism(UUID contractId) {
        return mechanisms.ofContract(contractId).orElseThrow(() -> ProblemException.notFound("risk-share mechanism for contract", contractId));
    }

    /**
     * Works out (again) the draft outturn of a year from its latest monitoring return. Two at once: an existing draft
     * is locked while it is worked out again, so they follow one another; a first draft made twice at once is one
     * draft, the other request refused by the one-outturn-per-budget constraint (a 409).
     */
    @Transactional
    public Outturn draft(UUID budgetId) {
        Budget budget = budgets.get(budgetId);
        RiskShareMechanism mechanism = mechanisms.ofContract(budget.contractId()).orElseThrow(() ->
                ProblemException.conflict("The contract has no risk-share mechanism yet"));
        MonitoringReturn latest = forecasts.latest(budgetId).orElseThrow(() ->
                ProblemException.conflict("The " + budget.financialYear() + " budget has no monitoring return yet"));
        OutturnCalculation calculation = mechanism.apply(forecasts.forecast(budget, latest));
        Outturn outturn = outturns.ofBudgetForUpdate(budgetId).orElse(null);
        if (outturn == null) {
            outturn = new Outturn(budget.contractId(), calculation);
            outturns.persist(outturn);
        } else {
            outturn.recalculate(calculation);
        }
        outturns.flush();
        return outturn;
    }

    /** Makes the outturn final on the year's validated figures, closes the year to further returns, and announces it. */
    @Transactional
    public Outturn finalise(UUID budgetId, long expectedVersion) {
        Budget budget = budgets.getLocked(budgetId, true);
        Outturn outturn = outturn(budgetId);
        EntityTags.requireCurrent("outturn", outturn.version(), expectedVersion);
        outturn.finalise(forecasts.latest(budgetId).orElse(null));
        budget.close();
        outturns.flush();
        outbox.publish(OutturnFinalised.TYPE, outturn.contractId(), OutturnFinalised.of(outturn.calculation()));
        return outturn;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Outturn outturn(UUID budgetId) {
        return outturns.ofBudget(budgetId).orElseThrow(() -> ProblemException.notFound("outturn for budget", budgetId));
    }
}
