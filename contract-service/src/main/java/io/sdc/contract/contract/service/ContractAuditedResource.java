package io.sdc.contract.contract.service;

import io.sdc.contract.contract.Contract;
import io.sdc.contract.contract.mapping.ContractMapper;
import io.sdc.platform.audit.AuditedResource;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.criteria.AuditCriterion;

/** Contracts in the audit history, under the resource type {@code contract}. */
@ApplicationScoped
public class ContractAuditedResource implements AuditedResource<Contract> {

    @Override
    public Class<Contract> entityType() {
        return Contract.class;
    }

    @Override
    public String resourceType() {
        return "contract";
    }

    @Override
    public AuditCriterion ofContract(Object contractId) {
        return AuditEntity.id().eq(contractId);
    }

    @Override
    public String idOf(Contract contract) {
        return contract.id().toString();
    }

    @Override
    public String contractIdOf(Contract contract) {
        return contract.id().toString();
    }

    @Override
    public Object view(Contract contract) {
        return ContractMapper.toView(contract);
    }
}
