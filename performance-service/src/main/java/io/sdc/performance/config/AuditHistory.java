package io.sdc.performance.config;

import io.sdc.performance.basket.BasketVersion;
import io.sdc.performance.basket.mapping.BasketMapper;
import io.sdc.performance.improvement.ImprovementAction;
import io.sdc.performance.improvement.ImprovementEvidence;
import io.sdc.performance.improvement.ImprovementPlan;
import io.sdc.performance.improvement.ImprovementReview;
import io.sdc.performance.improvement.Recommendation;
import io.sdc.performance.improvement.mapping.ImprovementMapper;
import io.sdc.performance.improvement.mapping.ReviewMapper;
import io.sdc.performance.indicator.PerformanceIndicator;
import io.sdc.performance.indicator.mapping.IndicatorMapper;
import io.sdc.performance.inspection.Inspection;
import io.sdc.performance.inspection.Milestone;
import io.sdc.performance.inspection.mapping.InspectionMapper;
import io.sdc.performance.observation.Observation;
import io.sdc.performance.observation.mapping.ObservationMapper;
import io.sdc.platform.audit.AuditedResource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.hibernate.envers.query.AuditEntity;

/**
 * performance-service's resources in the audit history, by the names auditors know them by: every resource that can
 * change. A basket version's history shows its entries as they stood at each revision.
 */
@ApplicationScoped
public class AuditHistory {

    @Produces
    @ApplicationScoped
    AuditedResource<BasketVersion> basketVersions() {
        return AuditedResource.of(BasketVersion.class, "basket-version",
                BasketVersion::id, BasketVersion::contractId, BasketMapper::toView);
    }

    @Produces
    @ApplicationScoped
    AuditedResource<Inspection> inspections() {
        return AuditedResource.of(Inspection.class, "inspection",
                Inspection::id, Inspection::contractId, InspectionMapper::toView);
    }

    @Produces
    @ApplicationScoped
    AuditedResource<Milestone> milestones() {
        return AuditedResource.of(Milestone.class, "milestone",
                Milestone::id, Milestone::contractId, InspectionMapper::toView);
    }

    @Produces
    @ApplicationScoped
    AuditedResource<Observation> observations() {
        return AuditedResource.of(Observation.class, "observation",
                Observation::id, Observation::contractId, ObservationMapper::toView);
    }

    @Produces
    @ApplicationScoped
    AuditedResource<ImprovementPlan> improvementPlans() {
        return AuditedResource.of(ImprovementPlan.class, "improvement-plan",
                ImprovementPlan::id, ImprovementPlan::contractId, ImprovementMapper::toView);
    }

    @Produces
    @ApplicationScoped
    AuditedResource<Recommendation> recommendations() {
        return AuditedResource.of(Recommendation.class, "recommendation",
                Recommendation::id, Recommendation::contractId, ImprovementMapper::toView);
    }

    @Produces
    @ApplicationScoped
    AuditedResource<ImprovementAction> improvementActions() {
        return AuditedResource.of(ImprovementAction.class, "improvement-action",
                ImprovementAction::id, ImprovementAction::contractId, ImprovementMapper::toView);
    }

    /** Evidence files as uploaded: who uploaded which file (name, media type, size, SHA-256) for which action, when. */
    @Produces
    @ApplicationScoped
    AuditedResource<ImprovementEvidence> improvementEvidence() {
        return AuditedResource.of(ImprovementEvidence.class, "improvement-evidence",
                ImprovementEvidence::id, ImprovementEvidence::contractId, ImprovementMapper::toView);
    }

    @Produces
    @ApplicationScoped
    AuditedResource<ImprovementReview> improvementReviews() {
        return AuditedResource.of(ImprovementReview.class, "improvement-review",
                ImprovementReview::id, ImprovementReview::contractId, ReviewMapper::toView);
    }

    /**
     * Indicators belong to no one contract: a contract's change log leaves them out. Their history is read by code,
     * at {@code /api/v1/audit/indicator/{code}} as at {@code /api/v1/indicators/{code}/history}.
     */
    @Produces
    @ApplicationScoped
    AuditedResource<PerformanceIndicator> indicators() {
        return AuditedResource.of(PerformanceIndicator.class, "indicator", contract -> AuditEntity.property("code").isNull(),
                PerformanceIndicator::code, indicator -> null, IndicatorMapper::toView).identifiedBy(code -> code);
    }
}
