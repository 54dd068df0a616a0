package io.sdc.finance.monitoring.events;

import io.sdc.finance.monitoring.MonitoringReturn;
import io.sdc.platform.events.DomainEvent;
import io.sdc.platform.events.EventData;

import java.time.Instant;
import java.util.UUID;

/** The council returned a monitoring return to the trust, with its reason: the trust must send the period's return again. */
@EventData(types = MonitoringReturnReturned.TYPE)
public record MonitoringReturnReturned(UUID id, UUID contractId, UUID budgetId, String financialYear, String period,
                                       String submittedBy, Instant submittedAt, String returnedBy, Instant returnedAt,
                                       String reason) implements DomainEvent {

    public static final String TYPE = "finance.monitoring-return.returned";

    public static MonitoringReturnReturned of(MonitoringReturn returned, String financialYear) {
        return new MonitoringReturnReturned(returned.id(), returned.contractId(), returned.budgetId(), financialYear,
                returned.period(), returned.submittedBy(), returned.submittedAt(), returned.returnedBy(), returned.returnedAt(),
                returned.returnReason());
    }
}
