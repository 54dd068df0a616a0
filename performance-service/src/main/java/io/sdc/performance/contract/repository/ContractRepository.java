package io.sdc.performance.contract.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.sdc.performance.contract.Contract;
import io.sdc.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class ContractRepository implements PanacheRepositoryBase<Contract, UUID> {

    /** The contract as contract-service announced it (404 when there is none). */
    public Contract require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("contract", id));
    }
}
