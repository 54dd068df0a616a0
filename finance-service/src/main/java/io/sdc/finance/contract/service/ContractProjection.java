package io.sdc.finance.contract.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.sdc.finance.contract.Contract;
import io.sdc.finance.contract.repository.ContractRepository;
import io.sdc.platform.events.EventEnvelope;
import io.sdc.platform.events.EventHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;
import java.util.UUID;

/** Keeps finance-service's copy of each contract from contract-service's registration and revision events. */
@ApplicationScoped
public class ContractProjection implements EventHandler {

    private static final Set<String> TYPES = Set.of("contract.registered", "contract.revised", "contract.status-changed");

    @Inject
    ContractRepository contracts;

    @Override
    public boolean handles(String eventType) {
        return TYPES.contains(eventType);
    }

    @Override
    public void handle(EventEnvelope event) {
        JsonNode data = event.data();
        UUID id = UUID.fromString(data.path("id").asText());
        Contract contract = contracts.findByIdOptional(id).orElse(null);
        boolean known = contract != null;
        if (!known && !"contract.registered".equals(event.type())) {
            throw new IllegalStateException("contract " + id + " is not known here yet: its registration has not arrived");
        }
        if (!known) {
            contract = new Contract(id);
        }
        contract.update(data.path("reference").asText(), LocalDate.parse(data.path("commencementDate").asText()),
                LocalDate.parse(data.path("expiryDate").asText()), MonthDay.parse(data.path("financialYearStart").asText()),
                event.time());
        if (!known) {
            contracts.persist(contract);
        }
    }
}
