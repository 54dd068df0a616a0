package io.sdc.performance.observation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.sdc.performance.observation.Observation;
import io.sdc.platform.lifecycle.SubmissionStatus;
import io.sdc.platform.persistence.InList;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        return ofPeriods("contractId = ?1 and period in %s and supersededAt is null", contractId, periods);
    }

    /** Every observation of a contract for some periods the council validated, current or superseded since. */
    public List<Observation> validated(UUID contractId, Collection<String> periods) {
        return ofPeriods("contractId = ?1 and period in %s and validatedAt is not null", contractId, periods);
    }

    /** The query with one parameter per period ({@link InList}), so that Hibernate keeps its translation (the scorecard's hot path). */
    private List<Observation> ofPeriods(String query, UUID contractId, Collection<String> periods) {
        InList in = InList.of(periods, contractId);
        if (in.isEmpty()) {
            return List.of();
        }
        return list(query.formatted(in.placeholders()), in.parameters());
    }

    /** Every observation of a contract the council validated, current or superseded since. */
    public List<Observation> validated(UUID contractId) {
        return list("contractId = ?1 and validatedAt is not null", contractId);
    }

    /** Every observation ever submitted for an indicator and period, newest first. */
    public List<Observation> history(UUID contractId, String indicatorCode, String period) {
        return list("contractId = ?1 and indicatorCode = ?2 and period = ?3 order by submittedAt desc, id",
                contractId, indicatorCode, period);
    }

    public Optional<Observation> ofContract(UUID contractId, UUID id) {
        return find("contractId = ?1 and id = ?2", contractId, id).firstResultOptional();
    }

    public List<Observation> currentOf(UUID contractId, Optional<String> period, Optional<String> indicatorCode,
                                       Optional<SubmissionStatus> status) {
        StringBuilder query = new StringBuilder("contractId = :contract and supersededAt is null");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("contract", contractId);
        period.ifPresent(value -> {
            query.append(" and period = :period");
            parameters.put("period", value);
        });
        indicatorCode.ifPresent(value -> {
            query.append(" and indicatorCode = :indicator");
            parameters.put("indicator", value);
        });
        status.ifPresent(value -> {
            query.append(" and status = :status");
            parameters.put("status", value);
        });
        return list(query + " order by period, indicatorCode", parameters);
    }
}
