package io.sdc.performance.observation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.sdc.performance.observation.Observation;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ObservationRepository implements PanacheRepositoryBase<Observation, UUID> {

    public Optional<Observation> current(UUID contractId, String indicatorCode, String period) {
        return find("contractId = ?1 and indicatorCode = ?2 and period = ?3 and supersededAt is null",
                contractId, indicatorCode, period).firstResultOptional();
    }

    /** The current observations of a contract for some periods, every indicator at once. */
    public List<Observation> current(UUID contractId, Collection<String> periods) {
        return list("contractId = ?1 and period in ?2 and supersededAt is null", contractId, periods);
    }

    /** Every observation ever submitted for an indicator and period, newest first. */
    public List<Observation> history(UUID contractId, String indicatorCode, String period) {
        return list("contractId = ?1 and indicatorCode = ?2 and period = ?3 order by submittedAt desc, id",
                contractId, indicatorCode, period);
    }

    public List<Observation> currentOf(UUID contractId, Optional<String> period, Optional<String> indicatorCode) {
        StringBuilder query = new StringBuilder("contractId = :contract and supersededAt is null");
        var parameters = new java.util.HashMap<String, Object>();
        parameters.put("contract", contractId);
        period.ifPresent(value -> {
            query.append(" and period = :period");
            parameters.put("period", value);
        });
        indicatorCode.ifPresent(value -> {
            query.append(" and indicatorCode = :indicator");
            parameters.put("indicator", value);
        });
        return list(query + " order by period, indicatorCode", parameters);
    }
}
