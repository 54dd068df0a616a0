package io.sdc.performance.config;

import io.sdc.performance.basket.BasketVersion;
import io.sdc.performance.basket.mapping.BasketMapper;
import io.sdc.performance.inspection.Inspection;
import io.sdc.performance.inspection.mapping.InspectionMapper;
import io.sdc.platform.audit.AuditedResource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** performance-service's resources in the audit history, by the names auditors know them by. */
@ApplicationScoped
public class AuditHistory {

    @Produces
    @ApplicationScoped
    AuditedResource<BasketVersion> basketVersions() {
        return AuditedResource.of(BasketVersion.class, "basket-version", AuditedResource::byContractId,
                BasketVersion::id, BasketVersion::contractId, BasketMapper::toView);
    }

    @Produces
    @ApplicationScoped
    AuditedResource<Inspection> inspections() {
        return AuditedResource.of(Inspection.class, "inspection", AuditedResource::byContractId,
                Inspection::id, Inspection::contractId, InspectionMapper::toView);
    }
}
