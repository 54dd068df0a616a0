package io.sdc.notification.reminder;

import com.fasterxml.jackson.databind.JsonNode;
import io.sdc.platform.events.EventEnvelope;
import io.sdc.platform.events.EventHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps what the reminders need from the producers' events: each contract's term and contract year, the periods
 * for which a monitoring return or observations arrived, the contract years whose annual review was recorded.
 */
@ApplicationScoped
public class ReminderSources implements EventHandler {

    static final String RETURN = "monitoring-return";
    static final String OBSERVATIONS = "observations";

    private static final Set<String> CONTRACT = Set.of("contract.registered", "contract.revised", "contract.status-changed");

    @Inject
    EntityManager entityManager;

    @Override
    public boolean handles(String eventType) {
        return CONTRACT.contains(eventType) || eventType.equals("finance.monitoring-return.imported")
                || eventType.equals("performance.milestone.added") || eventType.equals("performance.milestone.met")
                || eventType.equals("performance.observation.recorded") || eventType.equals("contract.annual-review.recorded");
    }

    @Override
    public void handle(EventEnvelope event) {
        JsonNode data = event.data();
        UUID contract = UUID.fromString(event.subject());
        switch (event.type()) {
            case "finance.monitoring-return.imported" -> received(contract, RETURN, data.path("period").asText());
            case "performance.observation.recorded" -> received(contract, OBSERVATIONS, data.path("period").asText());
            case "performance.milestone.added" -> entityManager.createNativeQuery("""
                            INSERT INTO known_milestone (id, contract_id, title, target_judgement, due_date, met)
                            VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (id) DO NOTHING""")
                    .setParameter(1, UUID.fromString(data.path("id").asText())).setParameter(2, contract)
                    .setParameter(3, data.path("title").asText()).setParameter(4, data.path("targetJudgement").asText())
                    .setParameter(5, LocalDate.parse(data.path("dueDate").asText())).setParameter(6, "MET".equals(data.path("status").asText()))
                    .executeUpdate();
            case "performance.milestone.met" -> entityManager.createNativeQuery("UPDATE known_milestone SET met = TRUE WHERE id = ?1")
                    .setParameter(1, UUID.fromString(data.path("id").asText())).executeUpdate();
            case "contract.annual-review.recorded" -> entityManager.createNativeQuery(
                            "INSERT INTO recorded_review (contract_id, contract_year) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                    .setParameter(1, contract).setParameter(2, data.path("contractYear").asText()).executeUpdate();
            default -> {
                MonthDay yearStart = MonthDay.parse(data.path("contractYearStart").asText());
                entityManager.createNativeQuery("""
                                INSERT INTO known_contract (id, reference, commencement_date, expiry_date, contract_year_start_month, contract_year_start_day)
                                VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                                ON CONFLICT (id) DO UPDATE SET reference = EXCLUDED.reference, commencement_date = EXCLUDED.commencement_date,
                                  expiry_date = EXCLUDED.expiry_date, contract_year_start_month = EXCLUDED.contract_year_start_month,
                                  contract_year_start_day = EXCLUDED.contract_year_start_day""")
                        .setParameter(1, contract).setParameter(2, data.path("reference").asText())
                        .setParameter(3, LocalDate.parse(data.path("commencementDate").asText()))
                        .setParameter(4, LocalDate.parse(data.path("expiryDate").asText()))
                        .setParameter(5, yearStart.getMonthValue()).setParameter(6, yearStart.getDayOfMonth())
                        .executeUpdate();
            }
        }
    }

    private void received(UUID contract, String kind, String period) {
        entityManager.createNativeQuery("INSERT INTO received_submission (contract_id, kind, period) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING")
                .setParameter(1, contract).setParameter(2, kind).setParameter(3, period).executeUpdate();
    }
}
