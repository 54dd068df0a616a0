package io.sdc.finance.contract.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.sdc.finance.contract.Contract;
import io.sdc.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class ContractRepository implements PanacheRepositoryBase<Contract, UUID> {

    /** The contract as contract-service announced it, or a 404 problem naming it. */
    public Contract get(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("contract", id));
    }
}
