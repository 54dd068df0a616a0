package io.sdc.finance.riskshare.service;

import io.sdc.finance.riskshare.Outturn;
import io.sdc.platform.audit.AuditedResource;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.criteria.AuditCriterion;

import java.util.LinkedHashMap;
import java.util.Map;

/** Outturns in the audit history, under the resource type {@code outturn}. */
@ApplicationScoped
public class OutturnAuditedResource implements AuditedResource<Outturn> {

    @Override
    public Class<Outturn> entityType() {
        return Outturn.class;
    }

    @Override
    public String resourceType() {
        return "outturn";
    }

    @Override
    public AuditCriterion ofContract(Object contractId) {
        return AuditEntity.property("contractId").eq(contractId);
    }

    @Override
    public String idOf(Outturn outturn) {
        return outturn.id().toString();
    }

    @Override
    public String contractIdOf(Outturn outturn) {
        return outturn.contractId() == null ? null : outturn.contractId().toString();
    }

    @Override
    public Object view(Outturn outturn) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("budgetId", outturn.budgetId());
        state.put("status", outturn.status());
        state.put("trustPositionAfterRiskShare", outturn.trustPosition() == null ? null : outturn.trustPosition().toPlainString());
        state.put("calculation", outturn.calculation());
        state.put("version", outturn.version());
        return state;
    }
}
