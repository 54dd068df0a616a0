package io.sdc.performance.improvement.service;

import io.sdc.performance.improvement.ImprovementAction;
import io.sdc.performance.improvement.ImprovementEvidence;
import io.sdc.performance.improvement.Party;
import io.sdc.performance.improvement.repository.ImprovementActionRepository;
import io.sdc.performance.improvement.repository.ImprovementEvidenceRepository;
import io.sdc.performance.improvement.repository.ImprovementPlanRepository;
import io.sdc.platform.audit.ChangeAuthor;
import io.sdc.platform.audit.ChangeContext;
import io.sdc.platform.problem.Problem;
import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Evidence files of improvement actions: the owner's party uploads a file (read up to the limit, never beyond it),
 * kept once per action and bytes as uploaded; anyone who reads the action lists its files and downloads them; progress
 * updates cite them by id.
 */
@ApplicationScoped
public class ImprovementEvidenceService {

    /** The file kept, and whether the same bytes had been uploaded for the action before (nothing new kept). */
    public record Uploaded(ImprovementEvidence evidence, boolean alreadyKept) {
    }

    @Inject
    ImprovementEvidenceRepository evidence;

    @Inject
    ImprovementActionRepository actions;

    @Inject
    ImprovementPlanRepository plans;

    @Inject
    ChangeContext changeContext;

    @Inject
    ImprovementActionsConfig config;

    @Inject
    Clock clock;

    /**
     * Uploads a file for the action, as its owner's party (the caller's role says which). The same bytes uploaded for
     * the action before are answered with the file kept then.
     */
    @Transactional
    public Uploaded upload(UUID actionId, String fileName, String contentType, String description, InputStream body) {
        long maxBytes = config.evidenceMaxSize().asLongValue();
        byte[] bytes = read(body, maxBytes);
        ImprovementAction action = actions.require(actionId);
        plans.findByIdOptional(action.planId(), LockModeType.PESSIMISTIC_READ);
        actions.getEntityManager().refresh(action);
        ChangeAuthor author = changeContext.author();
        Party party = Party.actingFor(author.role(), "uploads evidence");
        ImprovementEvidence file = ImprovementEvidence.upload(action, new ImprovementEvidence.Upload(fileName, contentType, description, bytes),
                new ImprovementEvidence.Uploader(party, author.actor(), author.role(), Instant.now(clock)), maxBytes);
        var kept = evidence.ofActionWithHash(actionId, file.sha256());
        if (kept.isPresent()) {
            return new Uploaded(kept.get(), true);
        }
        evidence.persistAndFlush(file);
        return new Uploaded(file, false);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ImprovementEvidence> ofAction(UUID actionId) {
        actions.require(actionId);
        return evidence.ofAction(actionId);
    }

    /** An evidence file with its bytes. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ImprovementEvidence file(UUID id) {
        ImprovementEvidence file = evidence.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("evidence file", id));
        file.bytes();
        return file;
    }

    /**
     * The evidence files a progress update cites, in the order cited (each once); an id that names no evidence file is
     * refused (400 naming {@code evidenceFiles}). Whether each is the action's own is the action's rule.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ImprovementEvidence> cited(List<UUID> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        LinkedHashSet<UUID> wanted = new LinkedHashSet<>(ids);
        Map<UUID, ImprovementEvidence> found = evidence.withIds(wanted).stream()
                .collect(Collectors.toMap(ImprovementEvidence::id, Function.identity()));
        for (UUID id : wanted) {
            if (!found.containsKey(id)) {
                throw new ProblemException(ProblemType.VALIDATION_FAILED, "No evidence file with id " + id
                        + ": upload it first (POST /api/v1/improvement-actions/{id}/evidence)",
                        List.of(new Problem.Violation("evidenceFiles", "must name evidence files of this action")));
            }
        }
        return wanted.stream().map(found::get).toList();
    }

    /** The body's bytes, refused with 413 as soon as it is found longer than {@code maxBytes}. */
    private static byte[] read(InputStream body, long maxBytes) {
        if (body == null) {
            return new byte[0];
        }
        try (InputStream in = body) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            ImprovementEvidence.requireWithin(bytes.length, maxBytes);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
