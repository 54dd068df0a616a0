package io.sdc.performance.inspection.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.sdc.performance.inspection.Milestone;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MilestoneRepository implements PanacheRepositoryBase<Milestone, UUID> {

    public List<Milestone> ofContract(UUID contractId) {
        return list("contractId = ?1 order by dueDate, title, id", contractId);
    }

    /** Contracts with milestones whose final status is not announced yet. */
    public List<UUID> contractsToReview() {
        return getEntityManager().createQuery(
                "select distinct m.contractId from Milestone m where m.announcedStatus is null", UUID.class).getResultList();
    }
}
