package io.sdc.performance.basket.service;

import io.sdc.performance.basket.BasketEntry;
import io.sdc.performance.basket.BasketVersion;
import io.sdc.performance.basket.events.BasketRevisionRefused;
import io.sdc.performance.basket.events.BasketVersionActivated;
import io.sdc.performance.basket.repository.BasketRepository;
import io.sdc.performance.contract.repository.ContractRepository;
import io.sdc.performance.indicator.repository.IndicatorRepository;
import io.sdc.platform.events.EventOutbox;
import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.rest.EntityTags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Drafts PI basket versions and puts them in force: the first directly from the contract's commencement, later
 * ones when the notifiable change request that proposes them is approved, from its effective date. The versions
 * keep their own rules; this loads them, asks them, saves and announces.
 */
@ApplicationScoped
public class BasketService {

    private static final Logger LOG = Logger.getLogger(BasketService.class);

    @Inject
    BasketRepository baskets;

    @Inject
    ContractRepository contracts;

    @Inject
    IndicatorRepository indicators;

    @Inject
    EventOutbox outbox;

    @Inject
    Clock clock;

    /** A new draft, a copy of the version in force now if there is one. */
    @Transactional
    public BasketVersion draft(UUID contractId) {
        contracts.require(contractId);
        BasketVersion draft = BasketVersion.draft(contractId, baskets.nextNumber(contractId), baskets.open(contractId),
                baskets.active(contractId));
        baskets.persistAndFlush(draft);
        return draft;
    }

    @Transactional
    public BasketVersion putEntry(UUID basketId, long expectedVersion, String indicatorCode, BasketEntry.Terms terms) {
        BasketVersion basket = current(basketId, expectedVersion);
        if (indicators.findByIdOptional(indicatorCode).isEmpty()) {
            throw ProblemException.invalid("No indicator is defined with the code " + indicatorCode);
        }
        basket.putEntry(indicatorCode, terms, Instant.now(clock));
        baskets.flush();
        return basket;
    }

    @Transactional
    public BasketVersion removeEntry(UUID basketId, long expectedVersion, String indicatorCode) {
        BasketVersion basket = current(basketId, expectedVersion);
        basket.removeEntry(indicatorCode, Instant.now(clock));
        baskets.flush();
        return basket;
    }

    /** Puts a contract's first basket in force; later ones come through approved change requests. */
    @Transactional
    public BasketVersion activateFirst(UUID basketId, long expectedVersion, LocalDate effectiveFrom) {
        BasketVersion basket = current(basketId, expectedVersion);
        LocalDate commencement = contracts.require(basket.contractId()).commencementDate();
        basket.activateFirst(effectiveFrom, baskets.active(basket.contractId()), commencement);
        return announceActivation(basket);
    }

    /**
     * The change request proposing this version was raised or submitted. A version that is not known here, is another
     * contract's, or cannot be proposed stays as it is: the change is refused if and when it is approved.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void propose(UUID basketId, UUID contractId, UUID changeRequestId) {
        ofContract(basketId, contractId).ifPresent(basket -> {
            if (basket.proposableBy(changeRequestId)) {
                basket.propose(changeRequestId);
            } else {
                LOG.infof("Basket version %s is %s; change request %s cannot propose it", basketId, basket.status(), changeRequestId);
            }
        });
    }

    /** The change request proposing this version was rejected or withdrawn. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdrawProposal(UUID basketId, UUID contractId, UUID changeRequestId) {
        ofContract(basketId, contractId).filter(basket -> basket.proposedBy(changeRequestId)).ifPresent(BasketVersion::returnToDraft);
    }

    /**
     * The change request was approved: the version is in force from the effective date, superseding the one before.
     * If it cannot be, nothing changes and the answer is why, in words a commissioner can act on.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<String> activateByChange(UUID basketId, UUID contractId, UUID changeRequestId, LocalDate effectiveDate) {
        Optional<BasketVersion> found = baskets.findByIdOptional(basketId);
        if (found.isEmpty()) {
            return Optional.of("performance-service has no PI basket version " + basketId + ": draft the revised basket in "
                    + "performance-service and raise a change request naming that version");
        }
        BasketVersion basket = found.get();
        Optional<BasketVersion> inForce = baskets.active(contractId);
        Optional<String> refusal = basket.refusalOfChange(contractId, changeRequestId, effectiveDate, inForce);
        if (refusal.isPresent() || basket.activeFrom(effectiveDate)) {
            return refusal;
        }
        inForce.ifPresent(before -> before.supersedeFrom(effectiveDate));
        // The previous version leaves ACTIVE before this one enters it: one version is ACTIVE per contract.
        baskets.flush();
        basket.activateByChange(changeRequestId, effectiveDate);
        announceActivation(basket);
        return Optional.empty();
    }

    /** Announces that an approved PI basket revision cannot be applied here, and why. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refuseRevision(UUID contractId, UUID changeRequestId, String reference, String reason) {
        LOG.warnf("Refused PI basket revision %s of contract %s: %s", changeRequestId, contractId, reason);
        outbox.publish(BasketRevisionRefused.TYPE, contractId, new BasketRevisionRefused(changeRequestId, contractId, reference, reason));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public BasketVersion get(UUID id) {
        return baskets.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("basket version", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<BasketVersion> ofContract(UUID contractId) {
        contracts.require(contractId);
        return baskets.ofContract(contractId);
    }

    private Optional<BasketVersion> ofContract(UUID basketId, UUID contractId) {
        return baskets.findByIdOptional(basketId).filter(basket -> basket.contractId().equals(contractId));
    }

    private BasketVersion current(UUID basketId, long expectedVersion) {
        BasketVersion basket = get(basketId);
        EntityTags.requireCurrent("basket version", basket.version(), expectedVersion);
        return basket;
    }

    private BasketVersion announceActivation(BasketVersion basket) {
        baskets.flush();
        outbox.publish(BasketVersionActivated.TYPE, basket.contractId(), BasketVersionActivated.of(basket));
        return basket;
    }
}
