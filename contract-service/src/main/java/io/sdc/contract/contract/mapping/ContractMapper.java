package io.sdc.contract.contract.mapping;

import io.sdc.contract.contract.Contract;
import io.sdc.contract.contract.Party;
import io.sdc.contract.contract.rest.ContractRequest;
import io.sdc.contract.contract.rest.ContractView;
import io.sdc.contract.contract.rest.ContractYearsView;
import io.sdc.contract.contract.rest.ServiceAreaView;
import io.sdc.contract.contract.ServiceArea;
import io.sdc.contract.contract.YearPeriod;

/** Between the API's contract documents and the aggregate; the entity never leaves the service. */
public final class ContractMapper {

    private ContractMapper() {
    }

    public static Contract.Terms toTerms(ContractRequest request) {
        return new Contract.Terms(request.reference().strip(), request.title().strip(),
                toParty(request.commissioner()), toParty(request.provider()),
                request.commencementDate(), request.expiryDate(),
                request.contractYearStart(), request.financialYearStart(),
                request.statutoryDirections() == null ? null : request.statutoryDirections().stream().map(String::strip).toList());
    }

    public static ContractView toView(Contract contract) {
        return new ContractView(contract.id(), contract.reference(), contract.title(),
                toView(contract.commissioner()), toView(contract.provider()),
                contract.commencementDate(), contract.expiryDate(),
                contract.contractYearStart(), contract.financialYearStart(),
                contract.statutoryDirections(), contract.scope().stream().map(ContractMapper::toView).toList(),
                contract.status(), contract.version());
    }

    public static ServiceAreaView toView(ServiceArea area) {
        return new ServiceAreaView(area.id(), area.code(), area.name(), area.inScopeFrom(), area.inScopeTo());
    }

    public static ContractYearsView.Period toView(YearPeriod period) {
        return new ContractYearsView.Period(period.label(), period.start(), period.end());
    }

    private static Party toParty(ContractRequest.PartyRequest party) {
        return new Party(party.name().strip(), party.identifier() == null || party.identifier().isBlank() ? null : party.identifier().strip());
    }

    private static ContractView.PartyView toView(Party party) {
        return party == null ? null : new ContractView.PartyView(party.name(), party.identifier());
    }
}
