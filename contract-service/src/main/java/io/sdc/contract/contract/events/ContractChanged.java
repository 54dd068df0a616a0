package io.sdc.contract.contract.events;

import io.sdc.contract.contract.Contract;
import io.sdc.contract.contract.ContractStatus;
import io.sdc.contract.contract.Party;
import io.sdc.contract.contract.ServiceArea;
import io.sdc.platform.events.DomainEvent;
import io.sdc.platform.events.EventData;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.UUID;

/** The data of a contract's registration, revision or change of status: the contract as it now stands. */
@EventData(types = {ContractEvents.REGISTERED, ContractEvents.REVISED, ContractEvents.STATUS_CHANGED})
public record ContractChanged(
        UUID id,
        String reference,
        String title,
        PartyData commissioner,
        PartyData provider,
        LocalDate commencementDate,
        LocalDate expiryDate,
        MonthDay contractYearStart,
        MonthDay financialYearStart,
        List<String> statutoryDirections,
        List<ServiceAreaData> scope,
        ContractStatus status,
        long version) implements DomainEvent {

    public static ContractChanged of(Contract contract) {
        return new ContractChanged(contract.id(), contract.reference(), contract.title(),
                PartyData.of(contract.commissioner()), PartyData.of(contract.provider()),
                contract.commencementDate(), contract.expiryDate(), contract.contractYearStart(), contract.financialYearStart(),
                contract.statutoryDirections(), contract.scope().stream().map(ServiceAreaData::of).toList(),
                contract.status(), contract.version());
    }

    /** A party to the contract. */
    public record PartyData(String name, String identifier) {

        static PartyData of(Party party) {
            return party == null ? null : new PartyData(party.name(), party.identifier());
        }
    }

    /** A service area in scope, with its dates. */
    public record ServiceAreaData(UUID id, String code, String name, LocalDate inScopeFrom, LocalDate inScopeTo) {

        static ServiceAreaData of(ServiceArea area) {
            return new ServiceAreaData(area.id(), area.code(), area.name(), area.inScopeFrom(), area.inScopeTo());
        }
    }
}
