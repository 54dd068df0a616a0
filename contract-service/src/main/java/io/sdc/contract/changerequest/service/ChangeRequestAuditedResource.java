package io.sdc.contract.changerequest.service;

import io.sdc.contract.changerequest.NotifiableChangeRequest;
import io.sdc.contract.changerequest.mapping.ChangeRequestMapper;
import io.sdc.platform.audit.AuditedResource;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.criteria.AuditCriterion;

/** Change requests in the audit history, under the resource type {@code change-request}. */
@ApplicationScoped
public class ChangeRequestAuditedResource implements AuditedResource<NotifiableChangeRequest> {

    @Override
    public Class<NotifiableChangeRequest> entityType() {
        return NotifiableChangeRequest.class;
    }

    @Override
    public String resourceType() {
        return "change-request";
    }

    @Override
    public AuditCriterion ofContract(Object contractId) {
        return AuditEntity.property("contractId").eq(contractId);
    }

    @Override
    public String idOf(NotifiableChangeRequest change) {
        return change.id().toString();
    }

    @Override
    public String contractIdOf(NotifiableChangeRequest change) {
        return change.contractId() == null ? null : change.contractId().toString();
    }

    @Override
    public Object view(NotifiableChangeRequest change) {
        return ChangeRequestMapper.toState(change);
    }
}
