package io.sdc.contract.changerequest.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.sdc.contract.changerequest.ChangeRequestStatus;
import io.sdc.contract.changerequest.NotifiableChangeRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ChangeRequestRepository implements PanacheRepositoryBase<NotifiableChangeRequest, UUID> {

    public List<NotifiableChangeRequest> ofContract(UUID contractId, Optional<ChangeRequestStatus> status, int page, int size) {
        return status.map(wanted -> find("contractId = ?1 and status = ?2 order by number", contractId, wanted))
                .orElseGet(() -> find("contractId = ?1 order by number", contractId))
                .page(Page.of(page, size)).list();
    }

    /**
     * Makes the next version of a change request whose change touched only its signatures, which Hibernate does not
     * count as a change of the change request itself: the version (its ETag) moves with every change.
     */
    public void newVersion(NotifiableChangeRequest change) {
        getEntityManager().lock(change, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    public List<NotifiableChangeRequest> agreedAt(UUID annualReviewId) {
        return list("annualReviewId = ?1 order by number", annualReviewId);
    }
}
