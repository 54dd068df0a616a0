package io.sdc.portal.notification;

import io.quarkus.qute.TemplateData;

import java.util.List;
import java.util.Optional;

/**
 * The kinds of event that make a notification (notification-service turns these into words; every other event makes
 * none), each with what a person reads about it. A subscription names some of these, or none for all of them.
 */
public final class EventTypes {

    /** One kind of event a subscription may name. */
    @TemplateData
    public record EventType(String code, String label, String group) {
        /** The id of its checkbox on the subscription form. */
        public String inputId() {
            return "event-type-" + code.replace('.', '-');
        }
    }

    public static final List<EventType> ALL = List.of(
            new EventType("contract.change-request.submitted", "A change request is submitted and awaits a decision", "Change requests"),
            new EventType("contract.change-request.signed", "A change request is signed and awaits the other party's signature", "Change requests"),
            new EventType("contract.change-request.agreed-in-principle", "A change request is agreed in principle and awaits approval", "Change requests"),
            new EventType("contract.change-request.approved", "A change request is approved", "Change requests"),
            new EventType("contract.change-request.rejected", "A change request is rejected", "Change requests"),
            new EventType("contract.change-request.implemented", "A change request is implemented", "Change requests"),
            new EventType("contract.change-request.implementation-failed", "An approved change request could not be implemented", "Change requests"),
            new EventType("performance.indicator.turned-red", "An indicator is beyond tolerance (red)", "Performance"),
            new EventType("performance.indicator.recovered", "An indicator is within tolerance again", "Performance"),
            new EventType("performance.basket-version.activated", "A PI basket version comes into force", "Performance"),
            new EventType("performance.milestone.met", "A milestone is met", "Performance"),
            new EventType("performance.milestone.missed", "A milestone is missed", "Performance"),
            new EventType("performance.observation.validated", "A figure the trust reported is validated by the council", "Performance"),
            new EventType("performance.observation.returned", "A figure the trust reported is returned by the council", "Performance"),
            new EventType("performance.recommendation.raised", "A recommendation is raised in the improvement plan", "Improvement plan"),
            new EventType("performance.recommendation.status-decided", "The improvement board decides a recommendation's status", "Improvement plan"),
            new EventType("performance.improvement-action.added", "An improvement action is added", "Improvement plan"),
            new EventType("performance.improvement-action.due-soon", "An improvement action is due soon", "Improvement plan"),
            new EventType("performance.improvement-action.overdue", "An improvement action is overdue", "Improvement plan"),
            new EventType("performance.improvement-action.replanned", "An improvement action is re-planned", "Improvement plan"),
            new EventType("performance.improvement-action.completed", "An improvement action is confirmed complete", "Improvement plan"),
            new EventType("performance.improvement-review.recorded", "A monitoring visit or review is recorded with its findings", "Improvement plan"),
            new EventType("finance.forecast.overspend", "The forecast shows an overspend", "Finance"),
            new EventType("finance.budget.status-changed", "A budget is approved", "Finance"),
            new EventType("finance.budget.varied", "A budget is varied", "Finance"),
            new EventType("finance.outturn.finalised", "A year's outturn is final", "Finance"),
            new EventType("finance.monitoring-return.validated", "A monitoring return is validated by the council", "Finance"),
            new EventType("finance.monitoring-return.returned", "A monitoring return is returned by the council", "Finance"),
            new EventType("report.issued", "A report is issued", "Reports"),
            new EventType("reminder.decision-waiting", "Reminder: a change request has waited for a decision", "Reminders"),
            new EventType("reminder.return-overdue", "Reminder: a monitoring return is overdue", "Reminders"),
            new EventType("reminder.observations-overdue", "Reminder: observations are overdue", "Reminders"),
            new EventType("reminder.annual-review-due", "Reminder: a contract year ends without its annual review", "Reminders"),
            new EventType("reminder.milestone-approaching", "Reminder: a milestone is due soon", "Reminders"),
            new EventType("system.dead-letter.recorded", "A service could not process a message (dead letter)", "Platform"));

    private EventTypes() {
    }

    public static Optional<EventType> of(String code) {
        return ALL.stream().filter(type -> type.code().equals(code)).findFirst();
    }

    /** What a person reads for an event type: its label, or the code itself for a type the portal does not know. */
    public static String label(String code) {
        return of(code).map(EventType::label).orElse(code);
    }

    public static boolean known(String code) {
        return of(code).isPresent();
    }
}
