package io.sdc.performance.basket.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sdc.performance.basket.BasketEntry;
import io.sdc.performance.basket.BasketStatus;
import io.sdc.performance.basket.BasketVersion;
import io.sdc.performance.basket.repository.BasketRepository;
import io.sdc.performance.basket.mapping.BasketMapper;
import io.sdc.performance.contract.Contract;
import io.sdc.performance.contract.repository.ContractRepository;
import io.sdc.performance.indicator.repository.IndicatorRepository;
import io.sdc.platform.events.EventEnvelope;
import io.sdc.platform.events.EventOutbox;
import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.rest.EntityTags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Drafts PI basket versions and puts them in force: the first directly from the contract's commencement, later
 * ones when the notifiable change request that proposes them is approved, from its effective date.
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
    ObjectMapper objectMapper;

    @ConfigProperty(name = "quarkus.application.name")
    String source;

    /**
     * A new draft, a copy of the version in force now if there is one. A contract has one basket version being drafted
     * or proposed at a time; a database constraint holds it for two requests at the same moment too.
     */
    @Transactional
    public BasketVersion draft(UUID contractId) {
        contract(contractId);
        baskets.open(contractId).ifPresent(open -> {
            throw ProblemException.conflict("Basket version " + open.number() + " (" + open.id() + ") is " + open.status()
                    + " for this contract: a contract has one basket version in preparation at a time; change that one"
                    + (open.status() == BasketStatus.PROPOSED ? " once its change request is decided" : ""));
        });
        BasketVersion draft = new BasketVersion(UUID.randomUUID(), contractId, baskets.nextNumber(contractId), baskets.active(contractId));
        baskets.persistAndFlush(draft);
        return draft;
    }

    @Transactional
    public BasketVersion putEntry(UUID basketId, long expectedVersion, String indicatorCode, BasketEntry.Terms terms) {
        BasketVersion basket = current(basketId, expectedVersion);
        if (indicators.findByIdOptional(indicatorCode).isEmpty()) {
            throw ProblemException.invalid("No indicator is defined with the code " + indicatorCode);
        }
        basket.putEntry(indicatorCode, terms, Instant.now());
        baskets.flush();
        return basket;
    }

    @Transactional
    public BasketVersion removeEntry(UUID basketId, long expectedVersion, String indicatorCode) {
        BasketVersion basket = current(basketId, expectedVersion);
        basket.removeEntry(indicatorCode, Instant.now());
        baskets.flush();
        return basket;
    }

    /** Puts a contract's first basket in force; later ones come through approved change requests. */
    @Transactional
    public BasketVersion activateFirst(UUID basketId, long expectedVersion, LocalDate effectiveFrom) {
        BasketVersion basket = current(basketId, expectedVersion);
        baskets.active(basket.contractId()).ifPresent(active -> {
            throw ProblemException.conflict("Basket version " + active.number() + " is in force: a revised basket takes effect "
                    + "through an approved PI basket revision change request");
        });
        Contract contract = contract(basket.contractId());
        if (effectiveFrom.isBefore(contract.commencementDate())) {
            throw ProblemException.invalid("The basket cannot take effect before the contract commenced, " + contract.commencementDate());
        }
        basket.activateFrom(effectiveFrom);
        return announceActivation(basket);
    }

    /**
     * The change request proposing this version was raised or submitted. A version that is not known here, is another
     * contract's, or cannot be proposed stays as it is: the change is refused if and when it is approved.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void propose(UUID basketId, UUID contractId, UUID changeRequestId) {
        ofContract(basketId, contractId).ifPresent(basket -> {
            if (basket.status() == BasketStatus.DRAFT
                    || (basket.status() == BasketStatus.PROPOSED && changeRequestId.equals(basket.changeRequestId()))) {
                basket.propose(changeRequestId);
            } else {
                LOG.infof("Basket version %s is %s; change request %s cannot propose it", basketId, basket.status(), changeRequestId);
            }
        });
    }

    /** The change request proposing this version was rejected or withdrawn. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdrawProposal(UUID basketId, UUID contractId, UUID changeRequestId) {
        ofContract(basketId, contractId)
                .filter(basket -> basket.status() == BasketStatus.PROPOSED && changeRequestId.equals(basket.changeRequestId()))
                .ifPresent(BasketVersion::returnToDraft);
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
        if (!basket.contractId().equals(contractId)) {
            return Optional.of("PI basket version " + basketId + " belongs to another contract in performance-service: "
                    + "raise a change request naming a basket version of this contract");
        }
        if (basket.status() == BasketStatus.ACTIVE && effectiveDate.equals(basket.effectiveFrom())) {
            return Optional.empty();
        }
        String version = "PI basket version " + basket.number() + " (" + basketId + ")";
        if (basket.status() == BasketStatus.ACTIVE || basket.status() == BasketStatus.SUPERSEDED) {
            return Optional.of(version + " is already " + basket.status() + (basket.status() == BasketStatus.ACTIVE
                    ? " from " + basket.effectiveFrom() : "") + ": draft a new version and raise a change request naming it");
        }
        if (basket.status() == BasketStatus.PROPOSED && !changeRequestId.equals(basket.changeRequestId())) {
            return Optional.of(version + " is proposed by another change request (" + basket.changeRequestId()
                    + "): decide that one, or draft a new version for this change");
        }
        if (basket.entries().isEmpty()) {
            return Optional.of(version + " has no indicators: add them and raise a change request naming it");
        }
        Optional<BasketVersion> previous = baskets.active(contractId);
        if (previous.isPresent() && !effectiveDate.isAfter(previous.get().effectiveFrom())) {
            return Optional.of("The revised basket must take effect after " + previous.get().effectiveFrom() + ", when PI basket version "
                    + previous.get().number() + " took effect, not on " + effectiveDate + ": raise a change request with a later effective date");
        }
        basket.propose(changeRequestId);
        previous.ifPresent(before -> before.supersedeFrom(effectiveDate));
        // The previous version leaves ACTIVE before this one enters it: one version is ACTIVE per contract.
        baskets.flush();
        basket.activateFrom(effectiveDate);
        announceActivation(basket);
        return Optional.empty();
    }

    /** Announces that an approved PI basket revision cannot be applied here, and why. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refuseRevision(UUID contractId, UUID changeRequestId, String reference, String reason) {
        LOG.warnf("Refused PI basket revision %s of contract %s: %s", changeRequestId, contractId, reason);
        ObjectNode data = objectMapper.createObjectNode()
                .put("changeRequestId", changeRequestId.toString())
                .put("contractId", contractId.toString())
                .put("reference", reference)
                .put("reason", reason);
        outbox.append(new EventEnvelope(UUID.randomUUID(), BasketEvents.REVISION_REFUSED, source, contractId.toString(),
                Instant.now(), 1, data));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public BasketVersion get(UUID id) {
        return baskets.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("basket version", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<BasketVersion> ofContract(UUID contractId) {
        contract(contractId);
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

    private Contract contract(UUID contractId) {
        return contracts.findByIdOptional(contractId).orElseThrow(() -> ProblemException.notFound("contract", contractId));
    }

    private BasketVersion announceActivation(BasketVersion basket) {
        baskets.flush();
        outbox.append(new EventEnvelope(UUID.randomUUID(), BasketEvents.ACTIVATED, source, basket.contractId().toString(),
                Instant.now(), 1, objectMapper.valueToTree(BasketMapper.toView(basket))));
        return basket;
    }
}
