package io.sdc.contract.changerequest.events;

import io.sdc.contract.changerequest.ChangeRequestStatus;
import io.sdc.contract.changerequest.ChangeRequestTransition;
import io.sdc.contract.changerequest.ChangeRequestType;
import io.sdc.contract.changerequest.NotifiableChangeRequest;
import io.sdc.contract.changerequest.RaisingParty;
import io.sdc.platform.events.DomainEvent;
import io.sdc.platform.events.EventData;
import io.sdc.platform.money.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The data of each step of a change request's lifecycle: the change request as it stands after it, and the step. */
@EventData(types = {ChangeRequestEvents.RAISED, ChangeRequestEvents.REVISED, ChangeRequestEvents.SUBMITTED,
        ChangeRequestEvents.AGREED_IN_PRINCIPLE, ChangeRequestEvents.STATUTORY_DIRECTION_RECORDED, ChangeRequestEvents.APPROVED,
        ChangeRequestEvents.REJECTED, ChangeRequestEvents.WITHDRAWN, ChangeRequestEvents.IMPLEMENTED})
public record ChangeRequestStepTaken(
        UUID id,
        UUID contractId,
        String reference,
        ChangeRequestType type,
        RaisingParty raisedBy,
        String title,
        String rationale,
        LocalDate effectiveDate,
        Money financialImpact,
        boolean requiresStatutoryDirection,
        String statutoryDirectionReference,
        ServiceArea serviceArea,
        UUID basketVersionId,
        Budget budget,
        Agreement agreement,
        Integer variationNumber,
        ImplementationFailure implementationFailure,
        ChangeRequestStatus status,
        long version,
        Step step) implements DomainEvent {

    public static ChangeRequestStepTaken of(NotifiableChangeRequest change) {
        return new ChangeRequestStepTaken(change.id(), change.contractId(), change.reference(), change.type(), change.raisedBy(),
                change.title(), change.rationale(), change.effectiveDate(), change.financialImpact(),
                change.requiresStatutoryDirection(), change.statutoryDirectionReference(),
                change.serviceAreaCode() == null ? null : new ServiceArea(change.serviceAreaCode(), change.serviceAreaName()),
                change.basketVersionId(),
                change.budgetLine() == null ? null
                        : new Budget(change.budgetFinancialYear(), change.budgetLine(), change.budgetAmount()),
                change.agreedOn() == null ? null : new Agreement(change.agreedOn(), change.commissionerSignatory(),
                        change.providerSignatory(), change.annualReviewId()),
                change.variationNumber(),
                change.implementationFailedService() == null ? null : new ImplementationFailure(
                        change.implementationFailedService(), change.implementationFailureReason(),
                        change.implementationFailureRecordedAt()),
                change.status(), change.version(), Step.of(change.latestStep()));
    }

    public record ServiceArea(String code, String name) {
    }

    public record Budget(String financialYear, String line, Money amount) {
    }

    public record Agreement(LocalDate agreedOn, String commissionerSignatory, String providerSignatory, UUID annualReviewId) {
    }

    public record ImplementationFailure(String service, String reason, Instant recordedAt) {
    }

    /** The step the event reports: from where to where, who took it, when, and what they said. */
    public record Step(ChangeRequestStatus from, ChangeRequestStatus to, String actor, String role, Instant at, String comment) {

        static Step of(ChangeRequestTransition step) {
            return new Step(step.from(), step.to(), step.actor(), step.role(), step.at(), step.comment());
        }
    }
}
