package io.sdc.performance.inspection.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.sdc.performance.contract.repository.ContractRepository;
import io.sdc.performance.inspection.AreaJudgement;
import io.sdc.performance.inspection.Inspection;
import io.sdc.performance.inspection.InspectionJudgement;
import io.sdc.performance.inspection.Milestone;
import io.sdc.performance.inspection.MilestoneStatus;
import io.sdc.performance.inspection.events.InspectionRecorded;
import io.sdc.performance.inspection.events.MilestoneAnnouncement;
import io.sdc.performance.inspection.repository.InspectionRepository;
import io.sdc.performance.inspection.repository.MilestoneRepository;
import io.sdc.platform.audit.ChangeContext;
import io.sdc.platform.events.EventOutbox;
import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.rest.EntityTags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
    ChangeContext changeContext;

    @Inject
    Clock clock;

    @Transactional
    public Inspection record(UUID contractId, String inspectorate, String type, LocalDate date, InspectionJudgement overall,
                             List<AreaJudgement> areas, int recommendations) {
        contracts.require(contractId);
        Inspection inspection = new Inspection(contractId, inspectorate, type, date, overall, areas, recommendations, LocalDate.now(clock));
        inspections.persistAndFlush(inspection);
        outbox.publish(InspectionRecorded.TYPE, contractId, InspectionRecorded.of(inspection));
        review(contractId);
        return inspection;
    }

    /** Adds a milestone; the answer is where it stands today. */
    @Transactional
    public Milestone.Standing addMilestone(UUID contractId, String title, InspectionJudgement target, LocalDate dueDate, String area,
                                           String inspectionType) {
        contracts.require(contractId);
        Milestone milestone = new Milestone(contractId, title, target, dueDate, area, inspectionType);
        milestones.persistAndFlush(milestone);
        Milestone.Standing standing = milestone.standingOn(LocalDate.now(clock), inspections.ofContract(contractId));
        outbox.publish(MilestoneAnnouncement.ADDED, contractId, MilestoneAnnouncement.of(standing));
        review(contractId);
        return standing;
    }

    /**
     * Corrects an inspection at the version read, with a reason kept in the audit history; the milestones are reviewed
     * again under the corrected judgements.
     */
    @Transactional
    public Inspection correct(UUID contractId, UUID id, long expectedVersion, String inspectorate, String type, LocalDate date,
                              InspectionJudgement overall, List<AreaJudgement> areas, int recommendations, String reason) {
        String given = changeContext.requireReason("correct an inspection", reason);
        Inspection inspection = inspection(contractId, id);
        EntityTags.requireCurrent("inspection", inspection.version(), expectedVersion);
        inspection.correct(inspectorate, type, date, overall, areas, recommendations, LocalDate.now(clock), given);
        inspections.flush();
        review(contractId);
        return inspection;
    }

    /** Corrects a milestone's terms at the version read, with a reason kept in the audit history; the answer is where it stands today. */
    @Transactional
    public Milestone.Standing correctMilestone(UUID contractId, UUID id, long expectedVersion, String title, InspectionJudgement target,
                                               LocalDate dueDate, String area, String inspectionType, String reason) {
        String given = changeContext.requireReason("correct a milestone", reason);
        Milestone milestone = milestone(contractId, id);
        EntityTags.requireCurrent("milestone", milestone.version(), expectedVersion);
        milestone.correct(title, target, dueDate, area, inspectionType, given);
        milestones.flush();
        review(contractId);
        milestones.flush();
        return milestone.standingOn(LocalDate.now(clock), inspections.ofContract(contractId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Inspection inspection(UUID contractId, UUID id) {
        contracts.require(contractId);
        return inspections.find("contractId = ?1 and id = ?2", contractId, id).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("inspection", id));
    }

    /** A milestone of the contract as it stands today. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Milestone.Standing milestoneOf(UUID contractId, UUID id) {
        return milestone(contractId, id).standingOn(LocalDate.now(clock), inspections.ofContract(contractId));
    }

    private Milestone milestone(UUID contractId, UUID id) {
        contracts.require(contractId);
        return milestones.find("contractId = ?1 and id = ?2", contractId, id).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("milestone", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Inspection> inspectionsOf(UUID contractId) {
        contracts.require(contractId);
        return inspections.ofContract(contractId);
    }

    /** The contract's milestones as they stand on a date (today if none is given), counting the inspections judged by then. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Milestone.Standing> milestonesOf(UUID contractId, Optional<LocalDate> asOf) {
        List<Inspection> known = inspectionsOf(contractId);
        LocalDate date = asOf.orElseGet(() -> LocalDate.now(clock));
        return milestones.ofContract(contractId).stream().map(milestone -> milestone.standingOn(date, known)).toList();
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
            Milestone.Standing standing = milestone.standingOn(today, known);
            milestone.reconsider(standing.status());
            if (milestone.announce(standing.status())) {
                outbox.publish(standing.status() == MilestoneStatus.MET ? MilestoneAnnouncement.MET : MilestoneAnnouncement.MISSED,
                        contractId, MilestoneAnnouncement.of(standing));
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

}
