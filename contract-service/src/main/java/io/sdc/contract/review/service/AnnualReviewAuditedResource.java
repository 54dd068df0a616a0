package io.sdc.contract.review.service;

import io.sdc.contract.review.AnnualReview;
import io.sdc.contract.review.mapping.AnnualReviewMapper;
import io.sdc.platform.audit.AuditedResource;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.criteria.AuditCriterion;

import java.util.List;

/** Annual reviews in the audit history, under the resource type {@code annual-review}. */
@ApplicationScoped
public class AnnualReviewAuditedResource implements AuditedResource<AnnualReview> {

    @Override
    public Class<AnnualReview> entityType() {
        return AnnualReview.class;
    }

    @Override
    public String resourceType() {
        return "annual-review";
    }

    @Override
    public AuditCriterion ofContract(Object contractId) {
        return AuditEntity.property("contractId").eq(contractId);
    }

    @Override
    public String idOf(AnnualReview review) {
        return review.id().toString();
    }

    @Override
    public String contractIdOf(AnnualReview review) {
        return review.contractId() == null ? null : review.contractId().toString();
    }

    @Override
    public Object view(AnnualReview review) {
        return AnnualReviewMapper.toView(review, List.of());
    }
}
