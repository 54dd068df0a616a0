package io.sdc.performance.inspection.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.sdc.performance.inspection.Inspection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class InspectionRepository implements PanacheRepositoryBase<Inspection, UUID> {

    public List<Inspection> ofContract(UUID contractId) {
        return list("contractId = ?1 order by date, id", contractId);
    }
}
