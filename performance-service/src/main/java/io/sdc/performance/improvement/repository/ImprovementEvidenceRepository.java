package io.sdc.performance.improvement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.sdc.performance.improvement.ImprovementEvidence;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ImprovementEvidenceRepository implements PanacheRepositoryBase<ImprovementEvidence, UUID> {

    /** The action's evidence files, oldest first. */
    public List<ImprovementEvidence> ofAction(UUID actionId) {
        return list("actionId = ?1 order by uploadedAt, id", actionId);
    }

    /** The same bytes uploaded for the action before, if they were. */
    public Optional<ImprovementEvidence> ofActionWithHash(UUID actionId, String sha256) {
        return find("actionId = ?1 and sha256 = ?2", actionId, sha256).firstResultOptional();
    }

    /** The evidence files of the given actions. */
    public List<ImprovementEvidence> ofActions(Collection<UUID> actionIds) {
        return actionIds.isEmpty() ? List.of() : list("actionId in ?1", actionIds);
    }

    public List<ImprovementEvidence> withIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }
}
