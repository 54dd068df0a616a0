package io.sdc.performance.improvement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.sdc.performance.improvement.ImprovementReview;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ImprovementReviewRepository implements PanacheRepositoryBase<ImprovementReview, UUID> {

    /** The plan's reviews, oldest held first. */
    public List<ImprovementReview> ofPlan(UUID planId) {
        return list("planId = ?1 order by heldOn, title, id", planId);
    }
}
