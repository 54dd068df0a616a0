package io.sdc.performance.improvement;

import java.time.LocalDate;
import java.util.List;

/** An owner's report on an action: on which date, by whom for which party, the commentary, the status then and its evidence (links). */
public record ProgressUpdate(LocalDate reportedOn, String reportedBy, Party party, String commentary, ActionStatus status,
                             List<String> evidence) {
}
