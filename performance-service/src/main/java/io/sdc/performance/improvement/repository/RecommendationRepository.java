package io.sdc.performance.improvement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.sdc.performance.improvement.Recommendation;
import io.sdc.performance.improvement.SourceKind;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class RecommendationRepository implements PanacheRepositoryBase<Recommendation, UUID> {

    /** The plan's recommendations, in the order of their numbers (2.1.9 before 2.1.10). */
    public List<Recommendation> ofPlan(UUID planId) {
        return list("planId", planId).stream().sorted(Recommendation.BY_NUMBER).toList();
    }

    /** The numbers of the plan's recommendations from one source (its kind and title). */
    public Set<String> numbersFrom(UUID planId, SourceKind kind, String title) {
        return Set.copyOf(getEntityManager().createQuery("select r.number from Recommendation r where r.planId = :plan "
                        + "and r.sourceKind = :kind and r.sourceTitle = :title", String.class)
                .setParameter("plan", planId).setParameter("kind", kind).setParameter("title", title).getResultList());
    }

    public Set<String> themesInUse(UUID planId) {
        return Set.copyOf(getEntityManager().createQuery("select distinct r.theme from Recommendation r where r.planId = :plan", String.class)
                .setParameter("plan", planId).getResultList());
    }
}
