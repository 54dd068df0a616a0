package io.sdc.finance.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sdc.finance.budget.Budget;
import io.sdc.finance.budget.mapping.BudgetMapper;
import io.sdc.finance.monitoring.MonitoringReturn;
import io.sdc.finance.monitoring.mapping.MonitoringReturnMapper;
import io.sdc.finance.riskshare.Outturn;
import io.sdc.finance.riskshare.OutturnCalculation;
import io.sdc.finance.riskshare.RiskShareMechanism;
import io.sdc.finance.riskshare.mapping.RiskShareMapper;
import io.sdc.platform.audit.AuditedResource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * finance-service's resources in the audit history, by the names auditors know them by: every resource that changes
 * (a budget with its adjustments, lines and funding; an outturn; a risk-share mechanism with its bands; a monitoring
 * return with its validation, return, correction and supersession).
 */
@ApplicationScoped
public class AuditHistory {

    @Produces
    @ApplicationScoped
    AuditedResource<Budget> budgets() {
        return AuditedResource.of(Budget.class, "budget", Budget::id, Budget::contractId, BudgetMapper::toView);
    }

    @Produces
    @ApplicationScoped
    AuditedResource<MonitoringReturn> monitoringReturns() {
        return AuditedResource.of(MonitoringReturn.class, "monitoring-return",
                MonitoringReturn::id, MonitoringReturn::contractId, MonitoringReturnMapper::toView);
    }

    @Produces
    @ApplicationScoped
    AuditedResource<RiskShareMechanism> riskShareMechanisms() {
        return AuditedResource.of(RiskShareMechanism.class, "risk-share-mechanism",
                RiskShareMechanism::id, RiskShareMechanism::contractId, RiskShareMapper::toView);
    }

    @Inject
    ObjectMapper objectMapper;

    @Produces
    @ApplicationScoped
    AuditedResource<Outturn> outturns() {
        return AuditedResource.of(Outturn.class, "outturn", Outturn::id, Outturn::contractId, this::state);
    }

    /** The outturn as the history shows it: its calculation as the JSON document it is stored as. */
    private Object state(Outturn outturn) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("budgetId", outturn.budgetId());
        state.put("status", outturn.status());
        state.put("trustPositionAfterRiskShare", outturn.trustPosition() == null ? null : outturn.trustPosition().toString());
        state.put("calculation", json(outturn.calculation()));
        state.put("version", outturn.version());
        return state;
    }

    private String json(OutturnCalculation calculation) {
        try {
            return calculation == null ? null : objectMapper.writeValueAsString(calculation);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
