package io.sdc.contract.events;

import io.sdc.platform.events.EventEnvelope;
import io.sdc.platform.events.EventHandler;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Consumes contract-service's own events in the tests and remembers each one it applied, in order. */
@ApplicationScoped
public class ContractEventRecorder implements EventHandler {

    private final List<EventEnvelope> applied = new CopyOnWriteArrayList<>();

    @Override
    public boolean handles(String eventType) {
        return eventType.startsWith("contract.");
    }

    @Override
    public void handle(EventEnvelope event) {
        applied.add(event);
    }

    public List<EventEnvelope> appliedFor(String contractId) {
        return applied.stream().filter(event -> event.subject().equals(contractId)).toList();
    }
}
