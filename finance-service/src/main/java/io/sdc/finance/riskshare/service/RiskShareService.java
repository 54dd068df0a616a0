package io.sdc.finance.riskshare.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sdc.finance.budget.Budget;
import io.sdc.finance.budget.repository.BudgetRepository;
import io.sdc.finance.budget.service.FinanceEvents;
import io.sdc.finance.contract.repository.ContractRepository;
import io.sdc.finance.monitoring.MonitoringReturn;
import io.sdc.finance.monitoring.ReportingPeriod;
import io.sdc.finance.monitoring.repository.MonitoringReturnRepository;
import io.sdc.finance.monitoring.service.ForecastService;
import io.sdc.finance.riskshare.Outturn;
import io.sdc.finance.riskshare.OutturnCalculation;
import io.sdc.finance.riskshare.RiskShareMechanism;
import io.sdc.finance.riskshare.repository.OutturnRepository;
import io.sdc.finance.riskshare.repository.RiskShareRepository;
import io.sdc.platform.events.EventEnvelope;
import io.sdc.platform.events.EventOutbox;
import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.rest.EntityTags;
import io.sdc.platform.rest.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
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
    MonitoringReturnRepository returns;

    @Inject
    ForecastService forecasts;

    @Inject
    EventOutbox outbox;

    @Inject
    ObjectMapper objectMapper;

    @ConfigProperty(name = "quarkus.application.name")
    String source;

    @Transactional
    public RiskShareMechanism define(UUID contractId, String ifMatch, boolean excludeDemandLed,
                                     List<RiskShareMechanism.Band> overspend, List<RiskShareMechanism.Band> underspend) {
        contracts.findByIdOptional(contractId).orElseThrow(() -> ProblemException.notFound("contract", contractId));
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
        Budget budget = budgets.findByIdOptional(budgetId).orElseThrow(() -> ProblemException.notFound("budget", budgetId));
        RiskShareMechanism mechanism = mechanisms.ofContract(budget.contractId()).orElseThrow(() ->
                ProblemException.conflict("The contract has no risk-share mechanism yet"));
        MonitoringReturn latest = returns.currentOf(budgetId).stream()
                .max(Comparator.comparing(monitoringReturn -> ReportingPeriod.parse(monitoringReturn.period()).end()))
                .orElseThrow(() -> ProblemException.conflict("The " + budget.financialYear() + " budget has no monitoring return yet"));
        OutturnCalculation calculation = calculate(budget, mechanism, forecasts.forecast(budget, latest));
        BigDecimal position = new BigDecimal(calculation.trustPositionAfterRiskShare());
        Outturn outturn = outturns.ofBudgetForUpdate(budgetId).orElse(null);
        if (outturn == null) {
            outturn = new Outturn(budgetId, budget.contractId(), position, json(calculation));
            outturns.persist(outturn);
        } else {
            outturn.recalculate(position, json(calculation));
        }
        outturns.flush();
        return outturn;
    }

    /** Makes the outturn final, closes the year to further returns, and announces it. */
    @Transactional
    public Outturn finalise(UUID budgetId, long expectedVersion) {
        Outturn outturn = outturn(budgetId);
        EntityTags.requireCurrent("outturn", outturn.version(), expectedVersion);
        outturn.finalise();
        budgets.findById(budgetId).close();
        outturns.flush();
        try {
            outbox.append(new EventEnvelope(UUID.randomUUID(), FinanceEvents.OUTTURN_FINALISED, source, outturn.contractId().toString(),
                    Instant.now(), 1, objectMapper.readTree(outturn.calculation())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return outturn;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Outturn outturn(UUID budgetId) {
        return outturns.ofBudget(budgetId).orElseThrow(() -> ProblemException.notFound("outturn for budget", budgetId));
    }

    static OutturnCalculation calculate(Budget budget, RiskShareMechanism mechanism, ForecastService.Forecast forecast) {
        BigDecimal total = forecast.totalVariance();
        BigDecimal excluded = BigDecimal.ZERO.setScale(2);
        if (mechanism.excludeDemandLed()) {
            excluded = forecast.lines().stream().filter(ForecastService.Line::demandLed)
                    .map(ForecastService.Line::variance).reduce(excluded, BigDecimal::add);
        }
        BigDecimal shared = total.subtract(excluded);
        List<RiskShareMechanism.BandShare> bands = shared.signum() == 0 ? List.of() : mechanism.split(shared, forecast.totalBudget());
        BigDecimal trust = bands.stream().map(RiskShareMechanism.BandShare::trustAmount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        BigDecimal council = bands.stream().map(RiskShareMechanism.BandShare::councilAmount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        BigDecimal position = shared.signum() > 0 ? trust.negate() : trust;
        return new OutturnCalculation(budget.id(), budget.financialYear(), forecast.period(), forecast.returnId(),
                Money.format(forecast.totalBudget()), Money.format(forecast.totalForecast()), Money.format(total), Money.format(excluded),
                Money.format(shared), shared.signum() > 0 ? "OVERSPEND" : shared.signum() < 0 ? "UNDERSPEND" : "ON_BUDGET",
                bands.stream().map(band -> new OutturnCalculation.BandLine(Money.format(band.from()), Money.format(band.to()),
                        Money.format(band.amount()), band.trustSharePercent().toPlainString(), Money.format(band.trustAmount()),
                        Money.format(band.councilAmount()))).toList(),
                Money.format(trust), Money.format(council), Money.format(position));
    }

    private String json(OutturnCalculation calculation) {
        try {
            return objectMapper.writeValueAsString(calculation);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
