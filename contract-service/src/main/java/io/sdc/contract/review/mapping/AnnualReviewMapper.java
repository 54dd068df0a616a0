package io.sdc.contract.review.mapping;

import io.sdc.contract.changerequest.NotifiableChangeRequest;
import io.sdc.contract.review.AnnualReview;
import io.sdc.contract.review.Attendee;
import io.sdc.contract.review.rest.AnnualReviewRequest;
import io.sdc.contract.review.rest.AnnualReviewView;
import io.sdc.platform.money.Money;

import java.util.List;

public final class AnnualReviewMapper {

    private AnnualReviewMapper() {
    }

    public static AnnualReview.Record toRecord(AnnualReviewRequest request) {
        AnnualReviewRequest.Budget budget = request.budgetConfirmedInPrinciple();
        return new AnnualReview.Record(request.reviewDate(), request.performanceSummary().strip(),
                budget == null ? null : Money.parse("budgetConfirmedInPrinciple.amount", budget.amount()),
                budget == null ? null : budget.financialYear(),
                request.strategicPriorities() == null ? List.of() : request.strategicPriorities().stream().map(String::strip).toList(),
                request.areasOfJointFocus() == null ? List.of() : request.areasOfJointFocus().stream().map(String::strip).toList(),
                request.attendees().stream().map(attendee -> new Attendee(attendee.name().strip(),
                        attendee.position() == null || attendee.position().isBlank() ? null : attendee.position().strip(),
                        attendee.party())).toList());
    }

    public static AnnualReviewView toView(AnnualReview review, List<NotifiableChangeRequest> agreed) {
        return new AnnualReviewView(review.id(), review.contractId(), review.contractYear(), review.reviewDate(),
                review.performanceSummary(),
                review.budgetConfirmedInPrinciple() == null ? null
                        : new AnnualReviewView.Budget(review.budgetConfirmedInPrinciple(), review.budgetFinancialYear()),
                review.strategicPriorities(), review.areasOfJointFocus(),
                review.attendees().stream().map(attendee -> new AnnualReviewView.AttendeeView(attendee.name(), attendee.position(),
                        attendee.party())).toList(),
                agreed.stream().map(change -> new AnnualReviewView.AgreedChange(change.id(), change.reference(), change.title(),
                        change.status())).toList(),
                review.version());
    }
}
