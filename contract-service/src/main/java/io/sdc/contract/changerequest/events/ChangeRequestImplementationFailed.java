package io.sdc.contract.changerequest.events;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.sdc.contract.changerequest.NotifiableChangeRequest;
import io.sdc.platform.events.DomainEvent;
import io.sdc.platform.events.EventData;

/**
 * The data of a service's refusal to apply an approved change: the change request with the refusal as its
 * implementation failure and latest step, and the refusing service and its reason beside it.
 */
@EventData(types = ChangeRequestEvents.IMPLEMENTATION_FAILED)
public record ChangeRequestImplementationFailed(
        @JsonUnwrapped ChangeRequestStepTaken changeRequest,
        String service,
        String reason) implements DomainEvent {

    public static ChangeRequestImplementationFailed of(NotifiableChangeRequest change, String service, String reason) {
        return new ChangeRequestImplementationFailed(ChangeRequestStepTaken.of(change), service, reason);
    }
}
