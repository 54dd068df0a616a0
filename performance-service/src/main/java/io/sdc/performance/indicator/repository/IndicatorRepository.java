package io.sdc.performance.indicator.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.sdc.performance.indicator.PerformanceIndicator;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class IndicatorRepository implements PanacheRepositoryBase<PerformanceIndicator, String> {

    /**
     * The indicators with these codes, each with its definitions over time, in one query. The query has one parameter
     * per code ({@code in (?1, ?2, ...)}) rather than one list parameter: Hibernate caches the SQL it translates a query
     * into only when no parameter is bound to a list, so a list parameter would cost the whole HQL-to-SQL translation
     * again on every call (the scorecard's hot path). The SQL sent is the same.
     */
    public List<PerformanceIndicator> byCodes(Collection<String> codes) {
        List<String> distinct = codes.stream().distinct().toList();
        if (distinct.isEmpty()) {
            return List.of();
        }
        StringBuilder in = new StringBuilder("(");
        for (int i = 1; i <= distinct.size(); i++) {
            in.append(i == 1 ? "" : ", ").append('?').append(i);
        }
        return list("select distinct i from PerformanceIndicator i left join fetch i.definitions where i.code in " + in.append(')'),
                distinct.toArray());
    }
}
