package io.sdc.contract.contract.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.sdc.contract.contract.ContractVersion;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ContractVersionRepository implements PanacheRepositoryBase<ContractVersion, UUID> {

    public List<ContractVersion> ofContract(UUID contractId) {
        return list("contractId = ?1 order by number", contractId);
    }

    public Optional<ContractVersion> ofContract(UUID contractId, int number) {
        return find("contractId = ?1 and number = ?2", contractId, number).firstResultOptional();
    }

    public int latestNumber(UUID contractId) {
        Integer latest = getEntityManager()
                .createQuery("select max(v.number) from ContractVersion v where v.contractId = :contract", Integer.class)
                .setParameter("contract", contractId).getSingleResult();
        return latest == null ? 0 : latest;
    }
}
