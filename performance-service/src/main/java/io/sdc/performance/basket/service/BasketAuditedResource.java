package io.sdc.performance.basket.service;

import io.sdc.performance.basket.BasketVersion;
import io.sdc.performance.basket.mapping.BasketMapper;
import io.sdc.platform.audit.AuditedResource;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.criteria.AuditCriterion;

/** Basket versions in the audit history, under the resource type {@code basket-version}. */
@ApplicationScoped
public class BasketAuditedResource implements AuditedResource<BasketVersion> {

    @Override
    public Class<BasketVersion> entityType() {
        return BasketVersion.class;
    }

    @Override
    public String resourceType() {
        return "basket-version";
    }

    @Override
    public AuditCriterion ofContract(Object contractId) {
        return AuditEntity.property("contractId").eq(contractId);
    }

    @Override
    public String idOf(BasketVersion basket) {
        return basket.id().toString();
    }

    @Override
    public String contractIdOf(BasketVersion basket) {
        return basket.contractId() == null ? null : basket.contractId().toString();
    }

    @Override
    public Object view(BasketVersion basket) {
        return BasketMapper.toView(basket);
    }
}
