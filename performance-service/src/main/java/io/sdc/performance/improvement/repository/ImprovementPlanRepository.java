package io.sdc.performance.improvement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.sdc.performance.improvement.ImprovementPlan;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ImprovementPlanRepository implements PanacheRepositoryBase<ImprovementPlan, UUID> {

    public List<ImprovementPlan> ofContract(UUID contractId) {
        return list("contractId = ?1 order by agreedOn, title, id", contractId);
    }
}
