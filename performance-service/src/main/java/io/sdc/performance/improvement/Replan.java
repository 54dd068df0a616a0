package io.sdc.performance.improvement;

import java.time.LocalDate;
import java.util.List;

/**
 * A change to an action's plan: on which date, by whom for which party, why, and each field changed from and to (its
 * title, owner party, owner, due date, and its status when a re-planned due date brings an overdue action back on track).
 */
public record Replan(LocalDate replannedOn, String replannedBy, Party party, String reason, List<Change> changes) {

    public Replan {
        changes = List.copyOf(changes);
    }

    /** One field of the plan, as it was and as it is now. */
    public record Change(String field, String from, String to) {
    }
}
