package io.sdc.contract.contract.service;

import io.sdc.contract.contract.ServiceArea;
import io.sdc.contract.contract.mapping.ContractMapper;
import io.sdc.platform.audit.AuditedResource;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.criteria.AuditCriterion;

/** Service areas of a contract's scope in the audit history, under the resource type {@code service-area}. */
@ApplicationScoped
public class ServiceAreaAuditedResource implements AuditedResource<ServiceArea> {

    @Override
    public Class<ServiceArea> entityType() {
        return ServiceArea.class;
    }

    @Override
    public String resourceType() {
        return "service-area";
    }

    @Override
    public AuditCriterion ofContract(Object contractId) {
        return AuditEntity.relatedId("contract").eq(contractId);
    }

    @Override
    public String idOf(ServiceArea area) {
        return area.id().toString();
    }

    @Override
    public String contractIdOf(ServiceArea area) {
        return area.contractId().toString();
    }

    @Override
    public Object view(ServiceArea area) {
        return ContractMapper.toView(area);
    }
}
