package io.sdc.finance.budget.service;

import io.sdc.finance.budget.Budget;
import io.sdc.finance.budget.mapping.BudgetMapper;
import io.sdc.platform.audit.AuditedResource;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.criteria.AuditCriterion;

/** Budgets in the audit history, under the resource type {@code budget}. */
@ApplicationScoped
public class BudgetAuditedResource implements AuditedResource<Budget> {

    @Override
    public Class<Budget> entityType() {
        return Budget.class;
    }

    @Override
    public String resourceType() {
        return "budget";
    }

    @Override
    public AuditCriterion ofContract(Object contractId) {
        return AuditEntity.property("contractId").eq(contractId);
    }

    @Override
    public String idOf(Budget budget) {
        return budget.id().toString();
    }

    @Override
    public String contractIdOf(Budget budget) {
        return budget.contractId() == null ? null : budget.contractId().toString();
    }

    @Override
    public Object view(Budget budget) {
        return BudgetMapper.toView(budget);
    }
}
