package io.sdc.contract.contract.mapping;

import io.sdc.contract.contract.Contract;
import io.sdc.contract.contract.Party;
import io.sdc.contract.contract.rest.ContractRequest;
import io.sdc.contract.contract.rest.ContractView;

/** Between the API's contract documents and the aggregate; the entity never leaves the service. */
public final class ContractMapper {

    private ContractMapper() {
    }

    public static Contract.Terms toTerms(ContractRequest request) {
        return new Contract.Terms(request.reference().strip(), request.title().strip(),
                toParty(request.commissioner()), toParty(request.provider()),
                request.commencementDate(), request.expiryDate(),
                request.contractYearStart(), request.financialYearStart());
    }

    public static ContractView toView(Contract contract) {
        return new ContractView(contract.id(), contract.reference(), contract.title(),
                toView(contract.commissioner()), toView(contract.provider()),
                contract.commencementDate(), contract.expiryDate(),
                contract.contractYearStart(), contract.financialYearStart(),
                contract.status(), contract.version());
    }

    private static Party toParty(ContractRequest.PartyRequest party) {
        return new Party(party.name().strip(), party.identifier() == null || party.identifier().isBlank() ? null : party.identifier().strip());
    }

    private static ContractView.PartyView toView(Party party) {
        return party == null ? null : new ContractView.PartyView(party.name(), party.identifier());
    }
}
