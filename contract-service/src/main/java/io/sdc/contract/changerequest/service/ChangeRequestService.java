package io.sdc.contract.changerequest.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sdc.contract.changerequest.ChangeRequestStatus;
import io.sdc.contract.changerequest.ChangeRequestTransition;
import io.sdc.contract.changerequest.ChangeRequestType;
import io.sdc.contract.changerequest.NotifiableChangeRequest;
import io.sdc.contract.changerequest.RaisingParty;
import io.sdc.contract.changerequest.mapping.ChangeRequestMapper;
import io.sdc.contract.changerequest.repository.ChangeRequestRepository;
import io.sdc.contract.contract.Contract;
import io.sdc.contract.contract.ContractVersion;
import io.sdc.contract.contract.service.ContractService;
import io.sdc.contract.review.repository.AnnualReviewRepository;
import io.sdc.platform.audit.ChangeAuthor;
import io.sdc.platform.audit.ChangeContext;
import io.sdc.platform.events.EventEnvelope;
import io.sdc.platform.events.EventOutbox;
import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.problem.ProblemType;
import io.sdc.platform.rest.EntityTags;
import io.sdc.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Raises notifiable change requests and takes them through their lifecycle. Each step is kept with its author and
 * announced through the outbox; implementing a change varies the contract.
 */
@ApplicationScoped
public class ChangeRequestService {

    @Inject
    ChangeRequestRepository changeRequests;

    @Inject
    ContractService contracts;

    @Inject
    AnnualReviewRepository annualReviews;

    @Inject
    EventOutbox outbox;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    ChangeContext changeContext;

    @Inject
    SecurityIdentity identity;

    @Inject
    Clock clock;

    @ConfigProperty(name = "quarkus.application.name")
    String source;

    @Transactional
    public NotifiableChangeRequest raise(UUID contractId, NotifiableChangeRequest.Proposal proposal, String comment) {
        Contract contract = contracts.get(contractId);
        requireWithinTerm(contract, proposal.effectiveDate());
        NotifiableChangeRequest change = new NotifiableChangeRequest(UUID.randomUUID(), contractId,
                contracts.nextChangeRequestNumber(contract), callerParty(), proposal, step(comment));
        changeRequests.persistAndFlush(change);
        announce(ChangeRequestEvents.RAISED, change);
        return change;
    }

    @Transactional
    public NotifiableChangeRequest revise(UUID id, long expectedVersion, NotifiableChangeRequest.Proposal proposal) {
        NotifiableChangeRequest change = current(id, expectedVersion);
        requireRaisingParty(change, "edit");
        requireWithinTerm(contracts.get(change.contractId()), proposal.effectiveDate());
        change.revise(proposal);
        return flushAndAnnounce(ChangeRequestEvents.REVISED, change);
    }

    @Transactional
    public NotifiableChangeRequest submit(UUID id, long expectedVersion, String comment) {
        NotifiableChangeRequest change = current(id, expectedVersion);
        requireRaisingParty(change, "submit");
        change.submit(step(comment));
        return flushAndAnnounce(ChangeRequestEvents.SUBMITTED, change);
    }

    @Transactional
    public NotifiableChangeRequest withdraw(UUID id, long expectedVersion, String comment) {
        NotifiableChangeRequest change = current(id, expectedVersion);
        requireRaisingParty(change, "withdraw");
        change.withdraw(step(comment));
        return flushAndAnnounce(ChangeRequestEvents.WITHDRAWN, change);
    }

    @Transactional
    public NotifiableChangeRequest agreeInPrinciple(UUID id, long expectedVersion, NotifiableChangeRequest.Agreement agreement,
                                                    String comment) {
        NotifiableChangeRequest change = current(id, expectedVersion);
        if (agreement.annualReviewId() != null) {
            annualReviews.findByIdOptional(agreement.annualReviewId())
                    .filter(review -> review.contractId().equals(change.contractId()))
                    .orElseThrow(() -> ProblemException.invalid("annualReviewId names no annual review of this contract"));
        }
        change.agreeInPrinciple(agreement, step(comment));
        return flushAndAnnounce(ChangeRequestEvents.AGREED_IN_PRINCIPLE, change);
    }

    @Transactional
    public NotifiableChangeRequest recordStatutoryDirection(UUID id, long expectedVersion, String reference) {
        NotifiableChangeRequest change = current(id, expectedVersion);
        change.recordStatutoryDirection(reference);
        contracts.get(change.contractId()).recordStatutoryDirection(reference);
        return flushAndAnnounce(ChangeRequestEvents.STATUTORY_DIRECTION_RECORDED, change);
    }

    @Transactional
    public NotifiableChangeRequest approve(UUID id, long expectedVersion, String comment) {
        NotifiableChangeRequest change = current(id, expectedVersion);
        change.approve(step(comment));
        return flushAndAnnounce(ChangeRequestEvents.APPROVED, change);
    }

    @Transactional
    public NotifiableChangeRequest reject(UUID id, long expectedVersion, String comment) {
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
        LocalDate today = LocalDate.now(clock);
        change.requireAllowed(ChangeRequestStatus.IMPLEMENTED);
        if (today.isBefore(change.effectiveDate())) {
            throw ProblemException.conflict("This change takes effect on " + change.effectiveDate()
                    + " and cannot be implemented before then");
        }
        Contract contract = contracts.get(change.contractId());
        String summary = change.reference() + " " + change.title();
        switch (change.type()) {
            case SERVICE_TRANSFER_IN -> {
                contract.transferIn(change.serviceAreaCode(), change.serviceAreaName(), change.effectiveDate());
                summary += ": " + change.serviceAreaCode() + " in scope from " + change.effectiveDate();
            }
            case SERVICE_TRANSFER_OUT -> {
                contract.transferOut(change.serviceAreaCode(), change.effectiveDate());
                summary += ": " + change.serviceAreaCode() + " out of scope from " + change.effectiveDate();
            }
            default -> {
            }
        }
        ContractVersion variation = contracts.vary(contract, change.effectiveDate(), change.id(), summary);
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
        if (change.type() != expectedType) {
            throw new IllegalArgumentException(service + " refused change request " + changeRequestId + ", a " + change.type()
                    + ", but applies only a " + expectedType);
        }
        if (change.recordImplementationFailure(service, reason, Instant.now())) {
            changeRequests.flush();
            ObjectNode data = data(change);
            data.put("service", service);
            data.put("reason", reason);
            outbox.append(new EventEnvelope(UUID.randomUUID(), ChangeRequestEvents.IMPLEMENTATION_FAILED, source,
                    change.contractId().toString(), Instant.now(), ChangeRequestEvents.DATA_VERSION, data));
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

    private void requireWithinTerm(Contract contract, LocalDate effectiveDate) {
        if (!contract.withinTerm(effectiveDate)) {
            throw ProblemException.invalid("The effective date " + effectiveDate + " must fall within the contract's term, "
                    + contract.commencementDate() + " to " + contract.expiryDate());
        }
    }

    /** The party the caller acts for: the council's commissioners, or the trust's staff. */
    private RaisingParty callerParty() {
        return identity.hasRole(Roles.TRUST_FINANCE) || identity.hasRole(Roles.TRUST_PERFORMANCE)
                ? RaisingParty.PROVIDER : RaisingParty.COMMISSIONER;
    }

    private void requireRaisingParty(NotifiableChangeRequest change, String action) {
        if (!identity.hasRole(Roles.ADMIN) && callerParty() != change.raisedBy()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the party that raised a change request may " + action
                    + " it; this one was raised by the " + change.raisedBy());
        }
    }

    private ChangeRequestTransition.Step step(String comment) {
        ChangeAuthor author = changeContext.author();
        return new ChangeRequestTransition.Step(author.actor(), author.role(), Instant.now(),
                comment == null || comment.isBlank() ? null : comment.strip());
    }

    private NotifiableChangeRequest flushAndAnnounce(String type, NotifiableChangeRequest change) {
        changeRequests.flush();
        announce(type, change);
        return change;
    }

    private void announce(String type, NotifiableChangeRequest change) {
        outbox.append(new EventEnvelope(UUID.randomUUID(), type, source, change.contractId().toString(), Instant.now(),
                ChangeRequestEvents.DATA_VERSION, data(change)));
    }

    /** An event's data: the change request as it stands, with its latest step. */
    private ObjectNode data(NotifiableChangeRequest change) {
        ObjectNode data = objectMapper.valueToTree(ChangeRequestMapper.toView(change));
        var steps = data.withArray("steps");
        data.set("step", steps.isEmpty() ? null : steps.get(steps.size() - 1));
        data.remove("steps");
        data.remove("allowedSteps");
        return data;
    }
}
