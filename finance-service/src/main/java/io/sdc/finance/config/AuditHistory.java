package io.sdc.finance.config;

import io.sdc.finance.budget.Budget;
import io.sdc.finance.budget.mapping.BudgetMapper;
import io.sdc.finance.riskshare.Outturn;
import io.sdc.platform.audit.AuditedResource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.util.LinkedHashMap;
import java.util.Map;

/** finance-service's resources in the audit history, by the names auditors know them by. */
@ApplicationScoped
public class AuditHistory {

    @Produces
    @ApplicationScoped
    AuditedResource<Budget> budgets() {
        return AuditedResource.of(Budget.class, "budget", AuditedResource::byContractId, Budget::id, Budget::contractId,
                BudgetMapper::toView);
    }

    @Produces
    @ApplicationScoped
    AuditedResource<Outturn> outturns() {
        return AuditedResource.of(Outturn.class, "outturn", AuditedResource::byContractId, Outturn::id, Outturn::contractId,
                AuditHistory::state);
    }

    private static Object state(Outturn outturn) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("budgetId", outturn.budgetId());
        state.put("status", outturn.status());
        state.put("trustPositionAfterRiskShare", outturn.trustPosition() == null ? null : outturn.trustPosition().toPlainString());
        state.put("calculation", outturn.calculation());
        state.put("version", outturn.version());
        return state;
    }
}
