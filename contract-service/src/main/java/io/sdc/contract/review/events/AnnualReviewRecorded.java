package io.sdc.contract.review.events;

import io.sdc.contract.changerequest.ChangeRequestStatus;
import io.sdc.contract.review.AnnualReview;
import io.sdc.platform.events.DomainEvent;
import io.sdc.platform.events.EventData;
import io.sdc.platform.money.Money;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The data of a recorded annual contract review: the review as recorded. No change has been agreed in principle at
 * it yet when it is recorded, so {@code changesAgreedInPrinciple} is empty.
 */
@EventData(types = AnnualReviewEvents.RECORDED)
public record AnnualReviewRecorded(
        UUID id,
        UUID contractId,
        String contractYear,
        LocalDate reviewDate,
        String performanceSummary,
        Budget budgetConfirmedInPrinciple,
        List<String> strategicPriorities,
        List<String> areasOfJointFocus,
        List<AgreedChange> changesAgreedInPrinciple,
        long version) implements DomainEvent {

    public static AnnualReviewRecorded of(AnnualReview review) {
        return new AnnualReviewRecorded(review.id(), review.contractId(), review.contractYear(), review.reviewDate(),
                review.performanceSummary(),
                review.budgetConfirmedInPrinciple() == null ? null
                        : new Budget(review.budgetConfirmedInPrinciple(), review.budgetFinancialYear()),
                review.strategicPriorities(), review.areasOfJointFocus(), List.of(), review.version());
    }

    /** The budget confirmed in principle for the next financial year. */
    public record Budget(Money amount, String financialYear) {
    }

    /** A change request agreed in principle at the review. */
    public record AgreedChange(UUID id, String reference, String title, ChangeRequestStatus status) {
    }
}
