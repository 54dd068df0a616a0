package io.sdc.performance.indicator.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.sdc.performance.indicator.PerformanceIndicator;
import io.sdc.platform.persistence.InList;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class IndicatorRepository implements PanacheRepositoryBase<PerformanceIndicator, String> {

    /**
     * The indicators with these codes, each with its definitions over time, in one query; one parameter per code
     * ({@link InList}), so that Hibernate keeps the query's translation (the scorecard's hot path).
     */
    public List<PerformanceIndicator> byCodes(Collection<String> codes) {
        InList in = InList.of(codes);
        if (in.isEmpty()) {
            return List.of();
        }
        return list("select distinct i from PerformanceIndicator i left join fetch i.definitions where i.code in " + in.placeholders(),
                in.parameters());
    }
}
