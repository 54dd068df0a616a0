package io.sdc.notification.subscription;

import io.sdc.platform.problem.Problem;
import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.problem.ProblemType;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The kinds of notification there are, named by their event type: the producers' events that make one, the
 * reminders, and the dead letters. A subscription names some of them (none: all), and the inbox narrows to one; an
 * event type outside this list makes no notification, so naming it is refused rather than silently hearing nothing.
 */
public final class EventTypes {

    /** The producers' events that make a notification. */
    public static final Set<String> FROM_EVENTS = ordered(
            "contract.change-request.submitted",
            "contract.change-request.signed",
            "contract.change-request.agreed-in-principle",
            "contract.change-request.approved",
            "contract.change-request.rejected",
            "contract.change-request.implemented",
            "contract.change-request.implementation-failed",
            "performance.indicator.turned-red",
            "performance.indicator.recovered",
            "performance.basket-version.activated",
            "performance.milestone.met",
            "performance.milestone.missed",
            "performance.observation.validated",
            "performance.observation.returned",
            "performance.recommendation.raised",
            "performance.recommendation.status-decided",
            "performance.improvement-action.overdue",
            "performance.improvement-action.completed",
            "performance.improvement-action.added",
            "performance.improvement-action.due-soon",
            "performance.improvement-action.replanned",
            "performance.improvement-review.recorded",
            "finance.forecast.overspend",
            "finance.budget.status-changed",
            "finance.budget.varied",
            "finance.outturn.finalised",
            "finance.monitoring-return.validated",
            "finance.monitoring-return.returned",
            "report.issued");

    /** The reminders the service raises of what is due. */
    public static final Set<String> REMINDERS = ordered(
            "reminder.decision-waiting",
            "reminder.return-overdue",
            "reminder.observations-overdue",
            "reminder.annual-review-due",
            "reminder.milestone-approaching");

    /** A message some service could not process. */
    public static final String DEAD_LETTER = "system.dead-letter.recorded";

    public static final Set<String> ALL = union(FROM_EVENTS, REMINDERS, Set.of(DEAD_LETTER));

    private EventTypes() {
    }

    public static boolean known(String eventType) {
        return ALL.contains(eventType);
    }

    /** Refuses, naming {@code field}, any of {@code eventTypes} that makes no notification. */
    public static void requireKnown(String field, Collection<String> eventTypes) {
        List<String> unknown = eventTypes == null ? List.of() : eventTypes.stream().filter(type -> !known(type)).toList();
        if (!unknown.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "No notification is made of " + String.join(", ", unknown)
                    + "; the event types that make one are " + String.join(", ", ALL),
                    List.of(new Problem.Violation(field, "must name event types that make a notification")));
        }
    }

    private static Set<String> ordered(String... types) {
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(List.of(types)));
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new LinkedHashSet<>();
        for (Set<String> set : sets) {
            all.addAll(set);
        }
        return java.util.Collections.unmodifiableSet(all);
    }
}
