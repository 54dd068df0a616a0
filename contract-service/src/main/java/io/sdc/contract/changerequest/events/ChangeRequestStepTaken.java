package io.sdc.contract.changerequest.events;

import io.sdc.contract.changerequest.ChangeRequestSignature;
import io.sdc.contract.changerequest.ChangeRequestStatus;
import io.sdc.contract.changerequest.ChangeRequestTransition;
import io.sdc.contract.changerequest.ChangeRequestType;
import io.sdc.contract.changerequest.NotifiableChangeRequest;
import io.sdc.contract.changerequest.RaisingParty;
import io.sdc.contract.contract.ContractParty;
import io.sdc.platform.events.DomainEvent;
import io.sdc.platform.events.EventData;
import io.sdc.platform.money.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
        List<Signature> signatures,
        List<ContractParty> awaitingParties,
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
                Agreement.of(change),
                change.signatures().stream().map(Signature::of).toList(),
                change.awaitingParties(),
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

    /** Both parties' agreement in principle, once both have signed: the day, each party's signatory, and the review. */
    public record Agreement(LocalDate agreedOn, String commissionerSignatory, String providerSignatory, UUID annualReviewId) {

        static Agreement of(NotifiableChangeRequest change) {
            return change.agreedOn() == null ? null : new Agreement(change.agreedOn(),
                    change.signatureOf(ContractParty.COUNCIL).orElseThrow().name(),
                    change.signatureOf(ContractParty.TRUST).orElseThrow().name(), change.annualReviewId());
        }
    }

    /** One party's signature. */
    public record Signature(ContractParty party, String name, String role, String position, Instant signedAt, LocalDate signedOn,
                            String comment) {

        static Signature of(ChangeRequestSignature signature) {
            return new Signature(signature.party(), signature.name(), signature.role(), signature.position(), signature.signedAt(),
                    signature.signedOn(), signature.comment());
        }
    }

    public record ImplementationFailure(String service, String reason, Instant recordedAt) {
    }

    /** The step the event reports: from where to where, who took it, when, what they said, and the reason they gave. */
    public record Step(ChangeRequestStatus from, ChangeRequestStatus to, String actor, String role, Instant at, String comment,
                       String reason) {

        static Step of(ChangeRequestTransition step) {
            return new Step(step.from(), step.to(), step.actor(), step.role(), step.at(), step.comment(), step.reason());
        }
    }
}
