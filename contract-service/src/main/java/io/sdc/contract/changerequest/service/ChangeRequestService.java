package io.sdc.contract.changerequest.service;

import io.quarkus.security.identity.SecurityIdentity;
import io.sdc.contract.changerequest.AnnualReviews;
import io.sdc.contract.changerequest.ChangeRequestSignature;
import io.sdc.contract.changerequest.ChangeRequestStatus;
import io.sdc.contract.changerequest.ChangeRequestTransition;
import io.sdc.contract.changerequest.ChangeRequestType;
import io.sdc.contract.changerequest.NotifiableChangeRequest;
import io.sdc.contract.changerequest.RaisingParty;
import io.sdc.contract.changerequest.events.ChangeRequestEvents;
import io.sdc.contract.changerequest.events.ChangeRequestImplementationFailed;
import io.sdc.contract.changerequest.events.ChangeRequestSigned;
import io.sdc.contract.changerequest.events.ChangeRequestStepTaken;
import io.sdc.contract.changerequest.repository.ChangeRequestRepository;
import io.sdc.contract.contract.Contract;
import io.sdc.contract.contract.ContractParty;
import io.sdc.contract.contract.ContractVersion;
import io.sdc.contract.contract.service.ContractService;
import io.sdc.platform.audit.ChangeAuthor;
import io.sdc.platform.audit.ChangeContext;
import io.sdc.platform.events.EventOutbox;
import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.problem.ProblemType;
import io.sdc.platform.rest.EntityTags;
import io.sdc.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Raises notifiable change requests and takes them through their lifecycle: loads the change request, has it take
 * the step (it guards its own rules), and announces the step through the outbox; implementing a change varies the
 * contract.
 */
@ApplicationScoped
public class ChangeRequestService {

    @Inject
    ChangeRequestRepository changeRequests;

    @Inject
    ContractService contracts;

    @Inject
    AnnualReviews annualReviews;

    @Inject
    EventOutbox outbox;

    @Inject
    ChangeContext changeContext;

    @Inject
    SecurityIdentity identity;

    @Inject
    Clock clock;

    @Transactional
    public NotifiableChangeRequest raise(UUID contractId, NotifiableChangeRequest.Proposal proposal, String comment) {
        Contract contract = contracts.get(contractId);
        NotifiableChangeRequest change = new NotifiableChangeRequest(UUID.randomUUID(), contract,
                contracts.nextChangeRequestNumber(contract), callerParty(), proposal, step(comment));
        changeRequests.persistAndFlush(change);
        announce(ChangeRequestEvents.RAISED, change);
        return change;
    }

    @Transactional
    public NotifiableChangeRequest revise(UUID id, long expectedVersion, NotifiableChangeRequest.Proposal proposal) {
        NotifiableChangeRequest change = current(id, expectedVersion);
        change.revise(callerActsFor(), contracts.get(change.contractId()), proposal);
        return flushAndAnnounce(ChangeRequestEvents.REVISED, change);
    }

    @Transactional
    public NotifiableChangeRequest submit(UUID id, long expectedVersion, String comment) {
        NotifiableChangeRequest change = current(id, expectedVersion);
        change.submit(callerActsFor(), step(comment));
        return flushAndAnnounce(ChangeRequestEvents.SUBMITTED, change);
    }

    /** The party that raised it withdraws it, giving a reason. */
    @Transactional
    public NotifiableChangeRequest withdraw(UUID id, long expectedVersion, String comment, String reason) {
        changeContext.requireReason("withdraw a change request", reason);
        NotifiableChangeRequest change = current(id, expectedVersion);
        change.withdraw(callerActsFor(), step(comment));
        return flushAndAnnounce(ChangeRequestEvents.WITHDRAWN, change);
    }

    /**
     * The caller signs a submitted change request for their own party, under their own identity: the token's
     * principal, in their platform role (a commissioner for the COUNCIL, trust staff for the TRUST), at the clock's
     * time, on {@code signedOn} (default today). Publishes {@code contract.change-request.signed}; the second party's
     * signature agrees the change in principle, which also publishes {@code contract.change-request.agreed-in-principle}.
     */
    @Transactional
    public NotifiableChangeRequest sign(UUID id, long expectedVersion, String position, String comment, UUID annualReviewId,
                                        LocalDate signedOn) {
        ContractParty party = signingParty();
        NotifiableChangeRequest change = current(id, expectedVersion);
        if (annualReviewId != null && !annualReviews.isReviewOf(annualReviewId, change.contractId())) {
            throw ProblemException.invalid("annualReviewId names no annual review of this contract");
        }
        ChangeAuthor author = changeContext.author();
        LocalDate today = LocalDate.now(clock);
        long versionRead = change.version();
        boolean agreed = change.sign(new ChangeRequestSignature.Signing(party, author.actor(), author.role(), position,
                Instant.now(clock), signedOn == null ? today : signedOn, comment, annualReviewId), today);
        changeRequests.flush();
        if (change.version() == versionRead) {
            changeRequests.newVersion(change);
        }
        change.transitions().size(); // the answer, made after the transaction, shows the history: read it within
        outbox.publish(ChangeRequestEvents.SIGNED, change.contractId(),
                ChangeRequestSigned.of(change, change.signatureOf(party).orElseThrow()));
        if (agreed) {
            announce(ChangeRequestEvents.AGREED_IN_PRINCIPLE, change);
        }
        return change;
    }

    @Transactional
    public NotifiableChangeRequest recordStatutoryDirection(UUID id, long expectedVersion, String reference) {
        NotifiableChangeRequest change = current(id, expectedVersion);
        change.recordStatutoryDirection(reference, contracts.get(change.contractId()));
        return flushAndAnnounce(ChangeRequestEvents.STATUTORY_DIRECTION_RECORDED, change);
    }

    @Transactional
    public NotifiableChangeRequest approve(UUID id, long expectedVersion, String comment) {
        NotifiableChangeRequest change = current(id, expectedVersion);
        change.approve(step(comment));
        return flushAndAnnounce(ChangeRequestEvents.APPROVED, change);
    }

    /** The council rejects the change, giving a reason. */
    @Transactional
    public NotifiableChangeRequest reject(UUID id, long expectedVersion, String comment, String reason) {
        changeContext.requireReason("reject a change request", reason);
        NotifiableChangeRequest change = current(id, expectedVersion);
        change.reject(step(comment));
        return flushAndAnnounce(ChangeRequestEvents.REJECTED, change);
    }

    /**
     * Implements an approved change on or after its effective date: a service transfer changes the contract's
     * scope from that date, and every implemented change makes the next numbered version of the contract.
     */
    @Transactional
    public NotifiableChangeRequest implement(UUID id, long expectedVersion, String comment) {
        NotifiableChangeRequest change = current(id, expectedVersion);
        Contract contract = contracts.get(change.contractId());
        LocalDate today = LocalDate.now(clock);
        change.applyTo(contract, today);
        ContractVersion variation = contracts.vary(contract, change.effectiveDate(), change.id(), change.variationSummary());
        change.implement(today, variation.number(), step(comment));
        return flushAndAnnounce(ChangeRequestEvents.IMPLEMENTED, change);
    }

    /**
     * Records that a service could not apply an approved change request, as its refusal event said, and announces
     * it once. A change request keeps only the first refusal: a repeat changes nothing and announces nothing. A
     * refusal that names no change request of the contract, or a change of a kind the service does not apply, is
     * not one to record: it fails, and the event goes to the dead letters.
     */
    @Transactional
    public void recordImplementationFailure(UUID changeRequestId, UUID contractId, ChangeRequestType expectedType,
                                            String service, String reason) {
        NotifiableChangeRequest change = changeRequests.findByIdOptional(changeRequestId)
                .filter(candidate -> candidate.contractId().equals(contractId))
                .orElseThrow(() -> new IllegalArgumentException("No change request " + changeRequestId + " of contract " + contractId));
        if (change.recordImplementationFailure(service, expectedType, reason, Instant.now(clock))) {
            changeRequests.flush();
            outbox.publish(ChangeRequestEvents.IMPLEMENTATION_FAILED, change.contractId(),
                    ChangeRequestImplementationFailed.of(change, service, reason));
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public NotifiableChangeRequest get(UUID id) {
        return changeRequests.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("change request", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<NotifiableChangeRequest> ofContract(UUID contractId, Optional<ChangeRequestStatus> status, int page, int size) {
        contracts.get(contractId);
        return changeRequests.ofContract(contractId, status, page, size);
    }

    private NotifiableChangeRequest current(UUID id, long expectedVersion) {
        NotifiableChangeRequest change = get(id);
        EntityTags.requireCurrent("change request", change.version(), expectedVersion);
        return change;
    }

    /**
     * The party the caller signs for: a commissioner for the COUNCIL, trust staff for the TRUST; someone holding roles
     * of both parties cannot sign, since a signature speaks for one.
     */
    private ContractParty signingParty() {
        boolean council = identity.hasRole(Roles.COMMISSIONER);
        boolean trust = identity.hasRole(Roles.TRUST_FINANCE) || identity.hasRole(Roles.TRUST_PERFORMANCE);
        if (council == trust) {
            throw new ProblemException(ProblemType.FORBIDDEN, "A signature is given for one party: a commissioner signs for the "
                    + "COUNCIL, trust-performance or trust-finance staff for the TRUST");
        }
        return council ? ContractParty.COUNCIL : ContractParty.TRUST;
    }

    /** The party the caller acts for: the council's commissioners, or the trust's staff. */
    private RaisingParty callerParty() {
        return identity.hasRole(Roles.TRUST_FINANCE) || identity.hasRole(Roles.TRUST_PERFORMANCE)
                ? RaisingParty.PROVIDER : RaisingParty.COMMISSIONER;
    }

    /** The parties whose change requests the caller may edit, submit or withdraw: an administrator's, either. */
    private Set<RaisingParty> callerActsFor() {
        return identity.hasRole(Roles.ADMIN) ? EnumSet.allOf(RaisingParty.class) : EnumSet.of(callerParty());
    }

    private ChangeRequestTransition.Step step(String comment) {
        ChangeAuthor author = changeContext.author();
        return new ChangeRequestTransition.Step(author.actor(), author.role(), Instant.now(clock),
                comment == null || comment.isBlank() ? null : comment.strip(), author.reason());
    }

    private NotifiableChangeRequest flushAndAnnounce(String type, NotifiableChangeRequest change) {
        changeRequests.flush();
        announce(type, change);
        return change;
    }

    private void announce(String type, NotifiableChangeRequest change) {
        outbox.publish(type, change.contractId(), ChangeRequestStepTaken.of(change));
    }
}
