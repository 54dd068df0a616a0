package io.sdc.contract.review.service;

import io.sdc.contract.changerequest.AnnualReviews;
import io.sdc.contract.changerequest.NotifiableChangeRequest;
import io.sdc.contract.changerequest.repository.ChangeRequestRepository;
import io.sdc.contract.contract.service.ContractService;
import io.sdc.contract.review.AnnualReview;
import io.sdc.contract.review.events.AnnualReviewEvents;
import io.sdc.contract.review.events.AnnualReviewRecorded;
import io.sdc.contract.review.repository.AnnualReviewRepository;
import io.sdc.platform.audit.ChangeContext;
import io.sdc.platform.events.EventOutbox;
import io.sdc.platform.rest.EntityTags;
import io.sdc.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/**
 * Records annual contract reviews, one per contract year, corrects them for a reason, and tells the change requests agreed in principle at one
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

    @Inject
    ChangeContext changeContext;

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

    /**
     * Corrects what an annual review recorded, from the version the caller read, for a reason the audit history
     * keeps; the contract year it reviews stays. Publishes {@code contract.annual-review.corrected}.
     */
    @Transactional
    public AnnualReview correct(UUID id, long expectedVersion, String contractYear, AnnualReview.Record record, String reason) {
        changeContext.requireReason("correct an annual review", reason);
        AnnualReview review = get(id);
        EntityTags.requireCurrent("annual review", review.version(), expectedVersion);
        review.correct(contractYear, record);
        reviews.flush();
        outbox.publish(AnnualReviewEvents.CORRECTED, review.contractId(), AnnualReviewRecorded.of(review, agreedAt(review)));
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
