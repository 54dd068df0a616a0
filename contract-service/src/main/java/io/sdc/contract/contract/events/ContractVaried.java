package io.sdc.contract.contract.events;

import io.sdc.contract.contract.Contract;
import io.sdc.contract.contract.ContractVersion;
import io.sdc.platform.events.DomainEvent;
import io.sdc.platform.events.EventData;

import java.time.LocalDate;
import java.util.UUID;

/** The data of a contract variation: the version an implemented change made, and the contract as it now stands. */
@EventData(types = ContractEvents.VARIED)
public record ContractVaried(
        int versionNumber,
        LocalDate effectiveFrom,
        UUID changeRequestId,
        String summary,
        ContractChanged contract) implements DomainEvent {

    public static ContractVaried of(ContractVersion version, Contract contract) {
        return new ContractVaried(version.number(), version.effectiveFrom(), version.changeRequestId(), version.summary(),
                ContractChanged.of(contract));
    }
}
