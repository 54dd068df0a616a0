package io.sdc.performance.improvement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.sdc.performance.improvement.ImprovementPlan;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ImprovementPlanRepository implements PanacheRepositoryBase<ImprovementPlan, UUID> {

    public List<ImprovementPlan> ofContract(UUID contractId) {
        return list("contractId = ?1 order by agreedOn, title, id", contractId);
    }

    /** The plans councils hold without a contract, of one council (any case) or of all. */
    public List<ImprovementPlan> heldByCouncil(Optional<String> council) {
        return council.map(name -> list("contractId is null and lower(council) = ?1 order by agreedOn, title, id", name.strip().toLowerCase(Locale.ROOT)))
                .orElseGet(() -> list("contractId is null order by council, agreedOn, title, id"));
    }
}
