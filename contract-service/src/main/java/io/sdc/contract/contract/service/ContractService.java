package io.sdc.contract.contract.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sdc.contract.contract.Contract;
import io.sdc.contract.contract.ContractStatus;
import io.sdc.contract.contract.ContractVersion;
import io.sdc.contract.contract.ServiceArea;
import io.sdc.contract.contract.events.ContractChanged;
import io.sdc.contract.contract.events.ContractEvents;
import io.sdc.contract.contract.events.ContractVaried;
import io.sdc.contract.contract.repository.ContractRepository;
import io.sdc.contract.contract.repository.ContractVersionRepository;
import io.sdc.platform.audit.ChangeContext;
import io.sdc.platform.events.EventOutbox;
import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.rest.EntityTags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Registers and revises Service Delivery Contracts; each change is audited and announced through the outbox. */
@ApplicationScoped
public class ContractService {

    @Inject
    ContractRepository contracts;

    @Inject
    ContractVersionRepository versions;

    @Inject
    EventOutbox outbox;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    ChangeContext changeContext;

    @Inject
    Clock clock;

    @Transactional
    public Contract register(Contract.Terms terms) {
        refuseDuplicateReference(terms.reference(), null);
        Contract contract = new Contract(UUID.randomUUID(), terms);
        contracts.persistAndFlush(contract);
        announce(ContractEvents.REGISTERED, contract);
        return contract;
    }

    @Transactional
    public Contract revise(UUID id, long expectedVersion, Contract.Terms terms) {
        Contract contract = current(id, expectedVersion);
        refuseDuplicateReference(terms.reference(), id);
        contract.revise(terms);
        contracts.flush();
        announce(ContractEvents.REVISED, contract);
        return contract;
    }

    /** Puts a service area in a draft contract's scope. */
    @Transactional
    public ServiceArea addToScope(UUID id, String code, String name, LocalDate from, LocalDate to) {
        Contract contract = get(id);
        ServiceArea area = contract.addToScope(code, name, from, to);
        contracts.flush();
        announce(ContractEvents.REVISED, contract);
        return area;
    }

    /**
     * Corrects a service area of a draft contract's scope, from the contract's version the caller read, for a reason
     * the audit history keeps; the contract's version moves on. Publishes {@code contract.revised}.
     */
    @Transactional
    public Contract correctScope(UUID id, long expectedVersion, UUID areaId, String code, String name, LocalDate from, LocalDate to,
                                 String reason) {
        changeContext.requireReason("correct a service area of the contract's scope", reason);
        Contract contract = current(id, expectedVersion);
        contract.correctScope(areaId, code, name, from, to);
        contracts.flush();
        contracts.newVersion(contract);
        announce(ContractEvents.REVISED, contract);
        return contract;
    }

    /**
     * Moves a contract to another status; activation records version 1, the contract as it commenced. Any move of a
     * contract that is no longer a draft (suspending, resuming, terminating, expiring it) needs a reason, which the
     * audit history keeps.
     */
    @Transactional
    public Contract changeStatus(UUID id, long expectedVersion, ContractStatus target, String reason) {
        Contract contract = current(id, expectedVersion);
        if (contract.status() != ContractStatus.DRAFT) {
            changeContext.requireReason("change the status of a " + contract.status() + " contract", reason);
        } else if (reason != null && !reason.isBlank()) {
            changeContext.reason(reason);
        }
        contract.move(target);
        contracts.flush();
        if (target == ContractStatus.ACTIVE && versions.latestNumber(id) == 0) {
            recordVersion(contract, contract.commencementDate(), null, "The contract as it commenced");
        }
        announce(ContractEvents.STATUS_CHANGED, contract);
        return contract;
    }

    /**
     * Records a contract variation: the next numbered version of the contract, as it stands from the effective
     * date, made by an implemented change request.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ContractVersion vary(Contract contract, LocalDate effectiveFrom, UUID changeRequestId, String summary) {
        contracts.flush();
        ContractVersion version = recordVersion(contract, effectiveFrom, changeRequestId, summary);
        outbox.publish(ContractEvents.VARIED, contract.id(), ContractVaried.of(version, contract));
        return version;
    }

    /** The number a change request raised now on the contract takes; never the same for two, however close together. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int nextChangeRequestNumber(Contract contract) {
        return contracts.nextChangeRequestNumber(contract.id());
    }

    private ContractVersion recordVersion(Contract contract, LocalDate effectiveFrom, UUID changeRequestId, String summary) {
        int number = contracts.nextVersionNumber(contract.id());
        if (number == 1 && changeRequestId != null) {
            throw ProblemException.conflict("The contract has no commenced version to vary: activate it first");
        }
        ContractVersion version = new ContractVersion(contract.id(), number, effectiveFrom,
                changeRequestId, summary, objectMapper.valueToTree(ContractChanged.of(contract)).toString(), Instant.now(clock));
        versions.persist(version);
        return version;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ContractVersion> versions(UUID id) {
        get(id);
        return versions.ofContract(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ContractVersion version(UUID id, int number) {
        get(id);
        return versions.ofContract(id, number)
                .orElseThrow(() -> ProblemException.notFound("version " + number + " of contract", id));
    }

    /** The contract with its scope loaded with it, to answer with its whole document. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Contract read(UUID id) {
        return contracts.findWithScope(id).orElseThrow(() -> ProblemException.notFound("contract", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Contract get(UUID id) {
        return contracts.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("contract", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Contract> list(Optional<ContractStatus> status, int page, int size) {
        return contracts.list(status, page, size);
    }

    private void refuseDuplicateReference(String reference, UUID except) {
        contracts.findByReference(reference)
                .filter(existing -> !existing.id().equals(except))
                .ifPresent(existing -> {
                    throw ProblemException.conflict("Contract " + existing.id() + " already has the reference " + reference);
                });
    }

    private Contract current(UUID id, long expectedVersion) {
        Contract contract = get(id);
        EntityTags.requireCurrent("contract", contract.version(), expectedVersion);
        return contract;
    }

    private void announce(String type, Contract contract) {
        outbox.publish(type, contract.id(), ContractChanged.of(contract));
    }
}
