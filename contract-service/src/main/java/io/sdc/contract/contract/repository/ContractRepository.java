package io.sdc.contract.contract.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.sdc.contract.contract.Contract;
import io.sdc.contract.contract.ContractStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ContractRepository implements PanacheRepositoryBase<Contract, UUID> {

    /** The contract with its scope, read in one statement: what answering with the contract's document needs. */
    public Optional<Contract> findWithScope(UUID id) {
        return find("from Contract c left join fetch c.scope where c.id = ?1", id).singleResultOptional();
    }

    public Optional<Contract> findByReference(String reference) {
        return find("reference", reference).firstResultOptional();
    }

    /**
     * The next change request number of the contract. Incrementing the contract's counter holds its row until the
     * transaction ends, so requests numbering at once for one contract take turns and never get the same number.
     */
    public int nextChangeRequestNumber(UUID contractId) {
        return increment("last_change_request_number", contractId);
    }

    /** The next version number of the contract, taken as {@link #nextChangeRequestNumber} takes its number. */
    public int nextVersionNumber(UUID contractId) {
        return increment("last_version_number", contractId);
    }

    private int increment(String counter, UUID contractId) {
        List<?> next = getEntityManager().createNativeQuery("UPDATE contract SET " + counter + " = " + counter
                        + " + 1 WHERE id = ?1 RETURNING " + counter)
                .setParameter(1, contractId).getResultList();
        if (next.isEmpty()) {
            throw new IllegalStateException("No contract " + contractId + " to number for");
        }
        return ((Number) next.get(0)).intValue();
    }

    /**
     * Makes the next version of a contract whose change touched only a service area of its scope, which Hibernate
     * does not count as a change of the contract itself: the version (its ETag) moves with the correction.
     */
    public void newVersion(Contract contract) {
        getEntityManager().lock(contract, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    public List<Contract> list(Optional<ContractStatus> status, int page, int size) {
        Sort order = Sort.by("reference").and("id");
        return status.map(wanted -> find("status", order, wanted)).orElseGet(() -> findAll(order))
                .page(Page.of(page, size)).list();
    }
}
