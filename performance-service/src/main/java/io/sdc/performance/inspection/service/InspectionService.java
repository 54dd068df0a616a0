package io.sdc.performance.inspection.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.sdc.performance.contract.repository.ContractRepository;
import io.sdc.performance.inspection.AreaJudgement;
import io.sdc.performance.inspection.Inspection;
import io.sdc.performance.inspection.InspectionJudgement;
import io.sdc.performance.inspection.Milestone;
import io.sdc.performance.inspection.MilestoneStatus;
import io.sdc.performance.inspection.repository.InspectionRepository;
import io.sdc.performance.inspection.repository.MilestoneRepository;
import io.sdc.performance.inspection.mapping.InspectionMapper;
import io.sdc.platform.events.EventEnvelope;
import io.sdc.platform.events.EventOutbox;
import io.sdc.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Records inspections and milestones, and announces each milestone once when it is met or missed: when an
 * inspection is recorded, and every morning for milestones whose date has passed.
 */
@ApplicationScoped
public class InspectionService {

    @Inject
    InspectionRepository inspections;

    @Inject
    MilestoneRepository milestones;

    @Inject
    ContractRepository contracts;

    @Inject
    EventOutbox outbox;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    Clock clock;

    @ConfigProperty(name = "quarkus.application.name")
    String source;

    @Transactional
    public Inspection record(UUID contractId, String inspectorate, String type, LocalDate date, InspectionJudgement overall,
                             List<AreaJudgement> areas, int recommendations) {
        requireContract(contractId);
        if (date.isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalid("An inspection's judgement date cannot be in the future: " + date);
        }
        Inspection inspection = new Inspection(contractId, inspectorate, type, date, overall, areas, recommendations);
        inspections.persistAndFlush(inspection);
        announce(InspectionEvents.INSPECTION_RECORDED, contractId, objectMapper.valueToTree(InspectionMapper.toView(inspection)));
        review(contractId);
        return inspection;
    }

    @Transactional
    public Milestone addMilestone(UUID contractId, String title, InspectionJudgement target, LocalDate dueDate, String area,
                                  String inspectionType) {
        requireContract(contractId);
        Milestone milestone = new Milestone(contractId, title, target, dueDate, area, inspectionType);
        milestones.persistAndFlush(milestone);
        announce(InspectionEvents.MILESTONE_ADDED, contractId, objectMapper.valueToTree(
                InspectionMapper.toView(milestone, LocalDate.now(clock), inspections.ofContract(contractId))));
        review(contractId);
        return milestone;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Inspection> inspectionsOf(UUID contractId) {
        requireContract(contractId);
        return inspections.ofContract(contractId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Milestone> milestonesOf(UUID contractId) {
        requireContract(contractId);
        return milestones.ofContract(contractId);
    }

    /**
     * Announces each milestone of the contract that is now met or missed, once. Reviews of one contract take turns,
     * across instances too: the next one reads the milestones after the previous one's announcements are committed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void review(UUID contractId) {
        milestones.takeTurnToReview(contractId);
        LocalDate today = LocalDate.now(clock);
        List<Inspection> known = inspections.ofContract(contractId);
        for (Milestone milestone : milestones.ofContract(contractId)) {
            MilestoneStatus status = milestone.statusOn(today, known);
            if (milestone.announce(status)) {
                ObjectNode data = objectMapper.valueToTree(InspectionMapper.toView(milestone, today, known));
                announce(status == MilestoneStatus.MET ? InspectionEvents.MILESTONE_MET : InspectionEvents.MILESTONE_MISSED,
                        contractId, data);
            }
        }
    }

    /**
     * Every morning: milestones whose date has passed are announced as missed. Every instance runs it; each contract is
     * reviewed in its own transaction, in turn with any other instance reviewing it, so each milestone is announced once.
     */
    @Scheduled(cron = "${sdc.milestones.review-cron:0 15 6 * * ?}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void reviewAll() {
        for (UUID contract : QuarkusTransaction.requiringNew().call(milestones::contractsToReview)) {
            QuarkusTransaction.requiringNew().run(() -> review(contract));
        }
    }

    private void requireContract(UUID contractId) {
        contracts.findByIdOptional(contractId).orElseThrow(() -> ProblemException.notFound("contract", contractId));
    }

    private void announce(String type, UUID contractId, com.fasterxml.jackson.databind.JsonNode data) {
        outbox.append(new EventEnvelope(UUID.randomUUID(), type, source, contractId.toString(), Instant.now(), 1, data));
    }
}
