package io.sdc.performance.inspection.service;

import io.sdc.performance.inspection.Inspection;
import io.sdc.performance.inspection.mapping.InspectionMapper;
import io.sdc.platform.audit.AuditedResource;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.criteria.AuditCriterion;

/** Inspections in the audit history, under the resource type {@code inspection}. */
@ApplicationScoped
public class InspectionAuditedResource implements AuditedResource<Inspection> {

    @Override
    public Class<Inspection> entityType() {
        return Inspection.class;
    }

    @Override
    public String resourceType() {
        return "inspection";
    }

    @Override
    public AuditCriterion ofContract(Object contractId) {
        return AuditEntity.property("contractId").eq(contractId);
    }

    @Override
    public String idOf(Inspection inspection) {
        return inspection.id().toString();
    }

    @Override
    public String contractIdOf(Inspection inspection) {
        return inspection.contractId() == null ? null : inspection.contractId().toString();
    }

    @Override
    public Object view(Inspection inspection) {
        return InspectionMapper.toView(inspection);
    }
}
