package io.sdc.performance.inspection;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.sdc.performance.inspection.repository.MilestoneRepository;
import io.sdc.performance.inspection.service.InspectionService;
import io.sdc.performance.support.PerformanceTestSupport;
import io.sdc.performance.support.TwoInstances;
import io.sdc.platform.events.OutboxEvent;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The morning review of milestones, run by two instances on one database at the same moment, announces each missed
 * milestone once: the instances take turns per contract, and the second finds the announcements already made.
 */
@QuarkusTest
class MilestoneReviewAcrossInstancesTest {

    private static final int CONTRACTS = 6;

    @Inject
    PerformanceTestSupport support;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    InspectionService inspections;

    @Inject
    MilestoneRepository milestones;

    @Test
    void twoInstancesReviewingAtOnceAnnounceEachMissedMilestoneOnce() throws Exception {
        List<UUID> contracts = new ArrayList<>();
        List<UUID> due = new ArrayList<>();
        for (int i = 0; i < CONTRACTS; i++) {
            UUID contract = support.knownContract();
            contracts.add(contract);
            // Milestones whose dates passed while no review ran: not announced yet.
            QuarkusTransaction.requiringNew().run(() -> {
                for (String[] milestone : new String[][]{{"Requires Improvement by April 2016", "REQUIRES_IMPROVEMENT", "2016-04-30"},
                        {"Good by April 2018", "GOOD", "2018-04-30"}, {"Outstanding by October 2019", "OUTSTANDING", "2019-10-31"}}) {
                    Milestone added = new Milestone(contract, milestone[0], InspectionJudgement.valueOf(milestone[1]),
                            LocalDate.parse(milestone[2]), null, null);
                    milestones.persist(added);
                    due.add(added.id());
                }
            });
        }

        TwoInstances.runAtOnce(() -> inspections.reviewAll());

        List<String> announced = new ArrayList<>();
        for (UUID contract : contracts) {
            List<OutboxEvent> missed = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>list(
                    "type = ?1 and subject = ?2", "performance.milestone.missed", contract.toString()));
            for (OutboxEvent event : missed) {
                announced.add(objectMapper.readTree(event.data()).path("id").asText());
            }
        }
        assertThat(announced).containsExactlyInAnyOrderElementsOf(due.stream().map(UUID::toString).toList());

        // A later review finds nothing more to announce.
        inspections.reviewAll();
        long after = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("type = ?1 and subject in ?2",
                "performance.milestone.missed", contracts.stream().map(UUID::toString).toList()));
        assertThat(after).isEqualTo(due.size());
    }
}
