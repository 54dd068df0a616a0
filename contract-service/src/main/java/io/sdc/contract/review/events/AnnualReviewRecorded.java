package io.sdc.contract.review.events;

import io.sdc.contract.changerequest.ChangeRequestStatus;
import io.sdc.contract.changerequest.NotifiableChangeRequest;
import io.sdc.contract.contract.ContractParty;
import io.sdc.contract.review.AnnualReview;
import io.sdc.platform.events.DomainEvent;
import io.sdc.platform.events.EventData;
import io.sdc.platform.money.Money;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The data of a recorded or corrected annual contract review: the review as it stands, with who attended for each
 * party. No change has been agreed in principle at it yet when it is recorded, so {@code changesAgreedInPrinciple}
 * is empty then.
 */
@EventData(types = {AnnualReviewEvents.RECORDED, AnnualReviewEvents.CORRECTED})
public record AnnualReviewRecorded(
        UUID id,
        UUID contractId,
        String contractYear,
        LocalDate reviewDate,
        String performanceSummary,
        Budget budgetConfirmedInPrinciple,
        List<String> strategicPriorities,
        List<String> areasOfJointFocus,
        List<Attendee> attendees,
        List<AgreedChange> changesAgreedInPrinciple,
        long version) implements DomainEvent {

    public static AnnualReviewRecorded of(AnnualReview review) {
        return of(review, List.of());
    }

    /** The review with the change requests agreed in principle at it. */
    public static AnnualReviewRecorded of(AnnualReview review, List<NotifiableChangeRequest> agreed) {
        return new AnnualReviewRecorded(review.id(), review.contractId(), review.contractYear(), review.reviewDate(),
                review.performanceSummary(),
                review.budgetConfirmedInPrinciple() == null ? null
                        : new Budget(review.budgetConfirmedInPrinciple(), review.budgetFinancialYear()),
                review.strategicPriorities(), review.areasOfJointFocus(),
                review.attendees().stream().map(attendee -> new Attendee(attendee.name(), attendee.position(), attendee.party())).toList(),
                agreed.stream().map(change -> new AgreedChange(change.id(), change.reference(), change.title(), change.status())).toList(),
                review.version());
    }

    /** Someone who attended the review, for a party. */
    public record Attendee(String name, String position, ContractParty party) {
    }

    /** The budget confirmed in principle for the next financial year. */
    public record Budget(Money amount, String financialYear) {
    }

    /** A change request agreed in principle at the review. */
    public record AgreedChange(UUID id, String reference, String title, ChangeRequestStatus status) {
    }
}
