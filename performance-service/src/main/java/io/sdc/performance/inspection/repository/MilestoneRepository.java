package io.sdc.performance.inspection.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.sdc.performance.inspection.Milestone;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MilestoneRepository implements PanacheRepositoryBase<Milestone, UUID> {

    /** The first key of the advisory locks that make reviews of one contract's milestones take turns. */
    private static final int MILESTONE_REVIEW = 0x4d494c45;

    /**
     * Waits until no other transaction, on this instance or another on the same database, is reviewing the contract's
     * milestones, and holds the turn until this transaction ends (a PostgreSQL transaction-level advisory lock).
     */
    public void takeTurnToReview(UUID contractId) {
        getEntityManager().createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(?1, ?2)")
                .setParameter(1, MILESTONE_REVIEW)
                .setParameter(2, contractId.hashCode())
                .getSingleResult();
    }

    public List<Milestone> ofContract(UUID contractId) {
        return list("contractId = ?1 order by dueDate, title, id", contractId);
    }

    /** Contracts with milestones whose final status is not announced yet. */
    public List<UUID> contractsToReview() {
        return getEntityManager().createQuery(
                "select distinct m.contractId from Milestone m where m.announcedStatus is null", UUID.class).getResultList();
    }
}
