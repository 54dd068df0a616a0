package io.sdc.finance.monitoring.events;

import io.sdc.finance.monitoring.MonitoringReturn;
import io.sdc.platform.events.DomainEvent;
import io.sdc.platform.events.EventData;

import java.time.Instant;
import java.util.UUID;

/**
 * The council validated a monitoring return of the trust: its figures are no longer provisional. {@code correctionOf}
 * names the return of the same period it corrected or replaced, if any.
 */
@EventData(types = MonitoringReturnValidated.TYPE)
public record MonitoringReturnValidated(UUID id, UUID contractId, UUID budgetId, String financialYear, String period,
                                        String submittedBy, Instant submittedAt, String validatedBy, Instant validatedAt,
                                        UUID correctionOf) implements DomainEvent {

    public static final String TYPE = "finance.monitoring-return.validated";

    public static MonitoringReturnValidated of(MonitoringReturn validated, String financialYear) {
        return new MonitoringReturnValidated(validated.id(), validated.contractId(), validated.budgetId(), financialYear,
                validated.period(), validated.submittedBy(), validated.submittedAt(), validated.validatedBy(), validated.validatedAt(),
                validated.correctionOf());
    }
}
