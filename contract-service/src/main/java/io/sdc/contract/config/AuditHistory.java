package io.sdc.contract.config;

import io.sdc.contract.changerequest.NotifiableChangeRequest;
import io.sdc.contract.changerequest.mapping.ChangeRequestMapper;
import io.sdc.contract.contract.Contract;
import io.sdc.contract.contract.ServiceArea;
import io.sdc.contract.contract.mapping.ContractMapper;
import io.sdc.contract.review.AnnualReview;
import io.sdc.contract.review.mapping.AnnualReviewMapper;
import io.sdc.platform.audit.AuditedResource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.hibernate.envers.query.AuditEntity;

import java.util.List;

/** contract-service's resources in the audit history, by the names auditors know them by. */
@ApplicationScoped
public class AuditHistory {

    @Produces
    @ApplicationScoped
    AuditedResource<Contract> contracts() {
        return AuditedResource.of(Contract.class, "contract", contract -> AuditEntity.id().eq(contract),
                Contract::id, Contract::id, ContractMapper::toView);
    }

    @Produces
    @ApplicationScoped
    AuditedResource<ServiceArea> serviceAreas() {
        return AuditedResource.of(ServiceArea.class, "service-area", contract -> AuditEntity.relatedId("contract").eq(contract),
                ServiceArea::id, ServiceArea::contractId, ContractMapper::toView);
    }

    @Produces
    @ApplicationScoped
    AuditedResource<NotifiableChangeRequest> changeRequests() {
        return AuditedResource.of(NotifiableChangeRequest.class, "change-request",
                NotifiableChangeRequest::id, NotifiableChangeRequest::contractId, ChangeRequestMapper::toState);
    }

    @Produces
    @ApplicationScoped
    AuditedResource<AnnualReview> annualReviews() {
        return AuditedResource.of(AnnualReview.class, "annual-review",
                AnnualReview::id, AnnualReview::contractId, review -> AnnualReviewMapper.toView(review, List.of()));
    }
}
