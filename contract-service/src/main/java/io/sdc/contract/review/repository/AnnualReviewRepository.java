package io.sdc.contract.review.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.sdc.contract.review.AnnualReview;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AnnualReviewRepository implements PanacheRepositoryBase<AnnualReview, UUID> {

    public List<AnnualReview> ofContract(UUID contractId) {
        return list("contractId = ?1 order by contractYear", contractId);
    }

    public Optional<AnnualReview> ofContractYear(UUID contractId, String contractYear) {
        return find("contractId = ?1 and contractYear = ?2", contractId, contractYear).firstResultOptional();
    }
}
