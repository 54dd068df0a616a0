package io.sdc.contract.changerequest.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.sdc.contract.changerequest.ChangeRequestStatus;
import io.sdc.contract.changerequest.NotifiableChangeRequest;
import jakarta.enterprise.context.ApplicationScoped;

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

    public List<NotifiableChangeRequest> agreedAt(UUID annualReviewId) {
        return list("annualReviewId = ?1 order by number", annualReviewId);
    }
}
