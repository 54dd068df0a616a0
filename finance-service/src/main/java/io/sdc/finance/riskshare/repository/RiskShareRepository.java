package io.sdc.finance.riskshare.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.sdc.finance.riskshare.RiskShareMechanism;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RiskShareRepository implements PanacheRepositoryBase<RiskShareMechanism, UUID> {

    public Optional<RiskShareMechanism> ofContract(UUID contractId) {
        return find("contractId", contractId).firstResultOptional();
    }
}
