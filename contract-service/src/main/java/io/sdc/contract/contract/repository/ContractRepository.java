package io.sdc.contract.contract.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.sdc.contract.contract.Contract;
import io.sdc.contract.contract.ContractStatus;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ContractRepository implements PanacheRepositoryBase<Contract, UUID> {

    public Optional<Contract> findByReference(String reference) {
        return find("reference", reference).firstResultOptional();
    }

    public List<Contract> list(Optional<ContractStatus> status, int page, int size) {
        Sort order = Sort.by("reference").and("id");
        return status.map(wanted -> find("status", order, wanted)).orElseGet(() -> findAll(order))
                .page(Page.of(page, size)).list();
    }
}
