package io.sdc.performance.contract.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.sdc.performance.contract.Contract;
import io.sdc.performance.contract.repository.ContractRepository;
import io.sdc.platform.events.EventEnvelope;
import io.sdc.platform.events.EventHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps performance-service's copy of each contract from contract-service's {@code contract.registered} and
 * {@code contract.revised} events. A revision of a contract not yet known here fails, and is retried and
 * dead-lettered, rather than inventing a contract.
 */
@ApplicationScoped
public class ContractProjection implements EventHandler {

    static final String REGISTERED = "contract.registered";
    static final String REVISED = "contract.revised";

    @Inject
    ContractRepository contracts;

    @Override
    public boolean handles(String eventType) {
        return Set.of(REGISTERED, REVISED).contains(eventType);
    }

    @Override
    public void handle(EventEnvelope event) {
        JsonNode data = event.data();
        UUID id = UUID.fromString(required(data, "id"));
        Contract contract = contracts.findByIdOptional(id).orElse(null);
        boolean known = contract != null;
        if (!known) {
            if (REVISED.equals(event.type())) {
                throw new IllegalStateException("contract " + id + " is not known here yet: its registration has not arrived");
            }
            contract = new Contract(id);
        }
        contract.update(required(data, "reference"), required(data, "title"),
                LocalDate.parse(required(data, "commencementDate")), LocalDate.parse(required(data, "expiryDate")),
                MonthDay.parse(required(data, "contractYearStart")), required(data, "status"), event.time());
        if (!known) {
            contracts.persist(contract);
        }
    }

    private static String required(JsonNode data, String field) {
        String value = data.path(field).asText("");
        if (value.isBlank()) {
            throw new IllegalArgumentException("the event's data has no " + field);
        }
        return value;
    }
}
