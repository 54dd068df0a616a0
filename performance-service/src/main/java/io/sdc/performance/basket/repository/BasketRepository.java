package io.sdc.performance.basket.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.sdc.performance.basket.BasketStatus;
import io.sdc.performance.basket.BasketVersion;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class BasketRepository implements PanacheRepositoryBase<BasketVersion, UUID> {

    public int nextNumber(UUID contractId) {
        Integer latest = getEntityManager()
                .createQuery("select max(b.number) from BasketVersion b where b.contractId = :contract", Integer.class)
                .setParameter("contract", contractId).getSingleResult();
        return latest == null ? 1 : latest + 1;
    }

    /** The version in force on a date, with its entries, in one query. */
    public Optional<BasketVersion> inForceOn(UUID contractId, LocalDate date) {
        return getEntityManager().createQuery("""
                        select distinct b from BasketVersion b left join fetch b.entries
                        where b.contractId = :contract and b.effectiveFrom <= :date
                          and (b.supersededFrom is null or b.supersededFrom > :date)""", BasketVersion.class)
                .setParameter("contract", contractId).setParameter("date", date)
                .getResultStream().findFirst();
    }

    public Optional<BasketVersion> active(UUID contractId) {
        return find("contractId = ?1 and status = ?2", contractId, BasketStatus.ACTIVE).firstResultOptional();
    }

    /** The version being drafted or proposed for the contract, if there is one (there is at most one). */
    public Optional<BasketVersion> open(UUID contractId) {
        return find("contractId = ?1 and status in ?2", contractId, List.of(BasketStatus.DRAFT, BasketStatus.PROPOSED))
                .firstResultOptional();
    }

    public List<BasketVersion> ofContract(UUID contractId) {
        return list("contractId = ?1 order by number", contractId);
    }
}
