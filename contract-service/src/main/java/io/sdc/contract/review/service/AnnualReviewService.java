package io.sdc.contract.review.service;

import io.sdc.contract.changerequest.AnnualReviews;
import io.sdc.contract.changerequest.NotifiableChangeRequest;
import io.sdc.contract.changerequest.repository.ChangeRequestRepository;
import io.sdc.contract.contract.service.ContractService;
import io.sdc.contract.review.AnnualReview;
import io.sdc.contract.review.events.AnnualReviewEvents;
import io.sdc.contract.review.events.AnnualReviewRecorded;
import io.sdc.contract.review.repository.AnnualReviewRepository;
import io.sdc.platform.events.EventOutbox;
import io.sdc.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/**
 * Records annual contract reviews, one per contract year, and tells the change requests agreed in principle at one
 * whether the review they name is one of their contract's.
 */
@ApplicationScoped
public class AnnualReviewService implements AnnualReviews {

    @Inject
    AnnualReviewRepository reviews;

    @Inject
    ContractService contracts;

    @Inject
    ChangeRequestRepository changeRequests;

    @Inject
    EventOutbox outbox;

    @Transactional
    public AnnualReview record(UUID contractId, String contractYear, AnnualReview.Record record) {
        AnnualReview review = new AnnualReview(UUID.randomUUID(), contracts.get(contractId), contractYear, record);
        reviews.ofContractYear(contractId, contractYear).ifPresent(existing -> {
            throw ProblemException.conflict("The contract year " + contractYear + " already has its annual review " + existing.id());
        });
        reviews.persistAndFlush(review);
        outbox.publish(AnnualReviewEvents.RECORDED, contractId, AnnualReviewRecorded.of(review));
        return review;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isReviewOf(UUID annualReviewId, UUID contractId) {
        return reviews.findByIdOptional(annualReviewId).filter(review -> review.isOf(contractId)).isPresent();
    }

    /** The change requests agreed in principle at the review. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<NotifiableChangeRequest> agreedAt(AnnualReview review) {
        return changeRequests.agreedAt(review.id());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AnnualReview get(UUID id) {
        return reviews.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("annual review", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AnnualReview> ofContract(UUID contractId) {
        contracts.get(contractId);
        return reviews.ofContract(contractId);
    }
}
