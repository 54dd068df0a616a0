package io.sdc.performance.observation.mapping;

import io.sdc.performance.observation.Observation;
import io.sdc.performance.observation.rest.ObservationView;

public final class ObservationMapper {

    private ObservationMapper() {
    }

    public static ObservationView toView(Observation observation) {
        return new ObservationView(observation.id(), observation.contractId(), observation.indicatorCode(), observation.period(),
                observation.numerator(), observation.denominator(), observation.value(), observation.status(), observation.kind(),
                observation.commentary(), observation.submittedBy(), observation.submittedAt(), observation.submissionReason(),
                observation.supersedes(), observation.supersededBy(), observation.supersededAt(), observation.validatedBy(),
                observation.validatedAt(), observation.returnedBy(), observation.returnedAt(), observation.returnReason(),
                observation.version());
    }
}
