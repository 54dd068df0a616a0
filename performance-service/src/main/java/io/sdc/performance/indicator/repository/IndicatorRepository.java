package io.sdc.performance.indicator.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.sdc.performance.indicator.PerformanceIndicator;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class IndicatorRepository implements PanacheRepositoryBase<PerformanceIndicator, String> {

    public List<PerformanceIndicator> byCodes(Collection<String> codes) {
        return codes.isEmpty() ? List.of() : list("code in ?1", codes);
    }
}
