package io.sdc.performance.indicator.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.sdc.performance.indicator.PerformanceIndicator;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class IndicatorRepository implements PanacheRepositoryBase<PerformanceIndicator, String> {

    /** The indicators with these codes, each with its definitions over time, in one query. */
    public List<PerformanceIndicator> byCodes(Collection<String> codes) {
        return codes.isEmpty() ? List.of()
                : list("select distinct i from PerformanceIndicator i left join fetch i.definitions where i.code in ?1", codes);
    }
}
