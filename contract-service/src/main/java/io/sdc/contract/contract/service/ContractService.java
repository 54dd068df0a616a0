package io.sdc.contract.contract.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sdc.contract.contract.Contract;
import io.sdc.contract.contract.ContractStatus;
import io.sdc.contract.contract.mapping.ContractMapper;
import io.sdc.contract.contract.repository.ContractRepository;
import io.sdc.platform.events.EventEnvelope;
import io.sdc.platform.events.EventOutbox;
import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.rest.EntityTags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Registers and revises Service Delivery Contracts; each change is audited and announced through the outbox. */
@ApplicationScoped
public class ContractService {

    @Inject
    ContractRepository contracts;

    @Inject
    EventOutbox outbox;

    @Inject
    ObjectMapper objectMapper;

    @ConfigProperty(name = "quarkus.application.name")
    String source;

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
        Contract contract = get(id);
        EntityTags.requireCurrent("contract", contract.version(), expectedVersion);
        refuseDuplicateReference(terms.reference(), id);
        contract.revise(terms);
        contracts.flush();
        announce(ContractEvents.REVISED, contract);
        return contract;
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

    private void announce(String type, Contract contract) {
        outbox.append(new EventEnvelope(UUID.randomUUID(), type, source, contract.id().toString(), Instant.now(),
                ContractEvents.DATA_VERSION, objectMapper.valueToTree(ContractMapper.toView(contract))));
    }
}
