package io.sdc.performance.improvement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An owner's report on an action: on which date, by whom for which party, the commentary, the status then, its
 * evidence links and the evidence files of the action it cites (by id; updates reported before files could be cited
 * cite none).
 */
public record ProgressUpdate(LocalDate reportedOn, String reportedBy, Party party, String commentary, ActionStatus status,
                             List<String> evidence, List<UUID> evidenceFiles) {

    public ProgressUpdate {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        evidenceFiles = evidenceFiles == null ? List.of() : List.copyOf(evidenceFiles);
    }
}
