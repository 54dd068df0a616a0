package io.sdc.notification.delivery.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.sdc.notification.delivery.Notification;
import io.sdc.platform.events.EventEnvelope;
import io.sdc.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Puts the events that matter to people into words: a title, a few lines from the event's structured data (never its
 * free text: rationale, comments, commentary stay in the platform), and a severity. Other events make no notification.
 * The free texts people must read, the council's reason for returning the trust's figures and the board's reason for a
 * recommendation's status, are kept for the platform's own inbox only: they are in neither the title (which webhooks
 * carry) nor the body (which email carries). A signature that awaits the other party is addressed to that party's
 * roles: the commissioners for the council, the trust's performance and finance staff (who sign for the trust) for the
 * trust. An overdue improvement action, or one due soon or re-planned, is addressed to the party that owns it (see
 * {@link Party#actionOwners()}); a new action to the owning party's staff only; a review recorded to the council, and to
 * the trust's performance staff when the plan is the contract's; an issued report to the commissioners and auditors.
 * An event of a plan the council holds before a trust exists names no contract.
 */
@ApplicationScoped
public class NotificationComposer {

    @Inject
    @Location("notifications/body.txt")
    Template body;

    public Optional<Notification> compose(EventEnvelope event) {
        JsonNode data = event.data();
        String ncr = data.path("reference").asText("") + " '" + data.path("title").asText("") + "'";
        List<String> lines = new ArrayList<>();
        String title;
        Notification.Severity severity;
        String reason = null;
        String reasonBy = "The council's reason: ";
        List<String> addressedTo = List.of();
        switch (event.type()) {
            case "contract.change-request.submitted" -> {
                title = "Change request " + ncr + " is submitted and awaits a decision";
                severity = Notification.Severity.ACTION;
                lines.add("Type: " + data.path("type").asText() + "; effective " + data.path("effectiveDate").asText());
            }
            case "contract.change-request.signed" -> {
                Optional<Party> awaiting = Party.of(data.path("awaitingParty").asText(null));
                if (awaiting.isEmpty()) {
                    return Optional.empty();
                }
                Party signing = Party.of(data.path("party").asText(null)).orElse(awaiting.get().other());
                title = "Change request " + ncr + " is signed by " + signing.words + " and awaits " + awaiting.get().possessive + " signature";
                severity = Notification.Severity.ACTION;
                addressedTo = awaiting.get().signatories;
                String position = data.hasNonNull("position") ? ", " + data.get("position").asText() : "";
                lines.add("Signed for " + signing.words + " by " + data.path("signedBy").asText() + position + " at "
                        + data.path("signedAt").asText() + ".");
                lines.add("It is agreed in principle once " + awaiting.get().words + " has signed it too.");
            }
            case "contract.change-request.agreed-in-principle" -> {
                title = "Change request " + ncr + " is agreed in principle and awaits approval";
                severity = Notification.Severity.ACTION;
                if (data.path("requiresStatutoryDirection").asBoolean()) {
                    lines.add("It needs a further statutory direction before approval.");
                }
            }
            case "contract.change-request.approved" -> {
                title = "Change request " + ncr + " is approved";
                severity = Notification.Severity.INFO;
                lines.add("It takes effect on " + data.path("effectiveDate").asText() + ".");
            }
            case "contract.change-request.rejected" -> {
                title = "Change request " + ncr + " is rejected";
                severity = Notification.Severity.INFO;
            }
            case "contract.change-request.implemented" -> {
                title = "Change request " + ncr + " is implemented";
                severity = Notification.Severity.INFO;
                lines.add("It made contract version " + data.path("variationNumber").asText() + ".");
            }
            case "contract.change-request.implementation-failed" -> {
                String service = data.path("service").asText();
                title = "Change request " + ncr + " could not be implemented by " + service;
                severity = Notification.Severity.WARNING;
                lines.add("Type: " + data.path("type").asText() + ".");
                lines.add(service + " refused it: " + data.path("reason").asText());
                lines.add("It stays approved; decide whether to correct it or raise another change request.");
            }
            case "performance.indicator.turned-red" -> {
                title = "Indicator " + data.path("indicatorCode").asText() + " is beyond tolerance for " + data.path("period").asText();
                severity = Notification.Severity.WARNING;
                lines.add("Value " + data.path("value").asText() + ", previously " + data.path("previousRag").asText("not judged") + ".");
            }
            case "performance.indicator.recovered" -> {
                title = "Indicator " + data.path("indicatorCode").asText() + " is within tolerance again for " + data.path("period").asText();
                severity = Notification.Severity.INFO;
            }
            case "performance.basket-version.activated" -> {
                title = "PI basket version " + data.path("number").asText() + " is in force from " + data.path("effectiveFrom").asText();
                severity = Notification.Severity.INFO;
            }
            case "performance.milestone.met" -> {
                title = "Milestone '" + data.path("title").asText() + "' is met";
                severity = Notification.Severity.INFO;
            }
            case "performance.milestone.missed" -> {
                title = "Milestone '" + data.path("title").asText() + "' is missed";
                severity = Notification.Severity.WARNING;
                lines.add("It was due on " + data.path("dueDate").asText() + ".");
            }
            case "performance.observation.validated" -> {
                title = "The " + observation(data) + " is validated by the council";
                severity = Notification.Severity.INFO;
                lines.add("Value " + data.path("value").asText() + " is no longer provisional.");
                if ("CORRECTION".equals(data.path("kind").asText())) {
                    lines.add("It corrects a figure the council validated before.");
                }
            }
            case "performance.observation.returned" -> {
                title = "The " + observation(data) + " is returned by the council";
                severity = Notification.Severity.ACTION;
                reason = data.path("reason").asText(null);
                lines.add("Value " + data.path("value").asText() + " was not validated; correct it and submit it again.");
            }
            case "finance.monitoring-return.validated" -> {
                title = "The " + monitoringReturn(data) + " is validated by the council";
                severity = Notification.Severity.INFO;
                lines.add("Its figures are no longer provisional.");
                if (data.hasNonNull("correctionOf")) {
                    lines.add("It replaces the period's earlier return.");
                }
            }
            case "finance.monitoring-return.returned" -> {
                title = "The " + monitoringReturn(data) + " is returned by the council";
                severity = Notification.Severity.ACTION;
                reason = data.path("reason").asText(null);
                lines.add("It was not validated; correct it and send the period's return again.");
            }
            case "performance.recommendation.raised" -> {
                title = recommendation(data) + " is raised in the improvement plan";
                severity = Notification.Severity.INFO;
                lines.add("From " + SOURCES.getOrDefault(data.path("sourceKind").asText(), "a review") + " of "
                        + data.path("sourceDate").asText() + ".");
                lines.add("It is open until the improvement board decides its status.");
            }
            case "performance.recommendation.status-decided" -> {
                title = recommendation(data) + " is " + recommendationStatus(data.path("status").asText(), data.path("monitoringBody").asText(null));
                severity = Notification.Severity.INFO;
                reasonBy = "The board's reason: ";
                reason = data.path("reason").asText(null);
                lines.add("Decided on " + data.path("decidedOn").asText() + "; it was "
                        + recommendationStatus(data.path("from").asText(), null) + ".");
            }
            case "performance.improvement-action.overdue" -> {
                Optional<Party> owner = Party.of(data.path("ownerParty").asText(null));
                title = action(data) + " is overdue";
                severity = Notification.Severity.ACTION;
                lines.add("It was due on " + data.path("dueDate").asText() + ".");
                owner.ifPresent(party -> lines.add("It is " + party.possessive + " to complete; the council confirms its completion."));
                addressedTo = owner.map(Party::actionOwners).orElse(List.of());
            }
            case "performance.improvement-action.completed" -> {
                title = action(data) + " is complete";
                severity = Notification.Severity.INFO;
                lines.add("The council confirmed its completion on " + data.path("asOf").asText() + "; it was due on "
                        + data.path("dueDate").asText() + ".");
            }
            case "performance.improvement-action.added" -> {
                Optional<Party> owner = Party.of(data.path("ownerParty").asText(null));
                title = action(data) + " is added to the improvement plan";
                severity = Notification.Severity.ACTION;
                lines.add("It is due on " + data.path("dueDate").asText() + "; its owner is " + data.path("owner").asText() + ".");
                owner.ifPresent(party -> lines.add("It is " + party.possessive + " to complete; the council confirms its completion."));
                addressedTo = owner.map(Party::staff).orElse(List.of());
            }
            case "performance.improvement-action.due-soon" -> {
                Optional<Party> owner = Party.of(data.path("ownerParty").asText(null));
                title = action(data) + " is due on " + data.path("dueDate").asText();
                severity = Notification.Severity.ACTION;
                lines.add("It is " + actionStatus(data.path("status").asText()) + "; its owner is " + data.path("owner").asText() + ".");
                owner.ifPresent(party -> lines.add("It is " + party.possessive + " to complete; the council confirms its completion."));
                addressedTo = owner.map(Party::actionOwners).orElse(List.of());
            }
            case "performance.improvement-action.replanned" -> {
                Optional<Party> owner = Party.of(data.path("ownerParty").asText(null));
                String due = data.path("dueDate").asText();
                String previous = data.path("previousDueDate").asText(due);
                title = action(data) + (due.equals(previous) ? " is re-planned" : " is now due on " + due);
                severity = Notification.Severity.INFO;
                if (!due.equals(previous)) {
                    lines.add("It was due on " + previous + ".");
                }
                Optional<Party> previousOwner = Party.of(data.path("previousOwnerParty").asText(null)).filter(party -> owner.isPresent()
                        && !party.equals(owner.get()));
                lines.add("Its owner is " + data.path("owner").asText() + owner.map(party -> " (" + party.words + ")").orElse("") + ".");
                previousOwner.ifPresent(party -> lines.add("It was " + party.possessive + " to complete; it is "
                        + owner.get().possessive + " now."));
                reasonBy = "The reason: ";
                reason = data.path("reason").asText(null);
                addressedTo = Stream.concat(owner.map(Party::actionOwners).orElse(List.of(Roles.COMMISSIONER)).stream(),
                        previousOwner.map(Party::actionOwners).orElse(List.of()).stream()).distinct().toList();
            }
            case "performance.improvement-review.recorded" -> {
                title = "'" + data.path("title").asText() + "' is recorded in the improvement plan";
                severity = Notification.Severity.INFO;
                lines.add("Held on " + data.path("heldOn").asText() + ": " + count(data.path("findings").asInt(), "finding") + ", "
                        + count(data.path("recommendationsRaised").asInt(), "new recommendation") + " raised.");
                addressedTo = data.hasNonNull("contractId") ? Party.TRUST.actionOwners() : Party.COUNCIL.staff();
            }
            case "report.issued" -> {
                int number = data.path("number").asInt(1);
                title = REPORTS.getOrDefault(data.path("kind").asText(), "Report") + " " + data.path("period").asText() + " is issued"
                        + (number > 1 ? " again (issue " + number + ")" : "");
                severity = Notification.Severity.INFO;
                lines.add("Issued by " + data.path("issuedBy").asText() + " at " + data.path("issuedAt").asText() + "; issue " + number + ".");
                if (number > 1) {
                    lines.add("Issue " + (number - 1) + " and every one before it stay kept as they were issued.");
                }
                if (data.path("provisional").asBoolean()) {
                    lines.add("It is issued on figures not all validated; its first page names them.");
                }
                reasonBy = "The issuer's reason: ";
                reason = data.path("reason").asText(null);
                addressedTo = List.of(Roles.COMMISSIONER, Roles.AUDITOR);
            }
            case "finance.forecast.overspend" -> {
                title = "Forecast overspend of £" + data.path("variance").asText() + " in " + data.path("financialYear").asText()
                        + " (" + data.path("period").asText() + ")";
                severity = Notification.Severity.WARNING;
                data.path("overspentLines").forEach(line -> lines.add(line.path("code").asText() + ": £" + line.path("variance").asText() + " over"));
            }
            case "finance.budget.status-changed" -> {
                if (!"APPROVED".equals(data.path("status").asText())) {
                    return Optional.empty();
                }
                title = "The " + data.path("financialYear").asText() + " budget of £" + data.path("total").asText() + " is approved";
                severity = Notification.Severity.INFO;
            }
            case "finance.budget.varied" -> {
                title = "The " + data.path("financialYear").asText() + " budget is varied to £" + data.path("total").asText();
                severity = Notification.Severity.INFO;
            }
            case "finance.outturn.finalised" -> {
                title = "The " + data.path("financialYear").asText() + " outturn is final: £" + data.path("trustPositionAfterRiskShare").asText()
                        + " for the trust after the risk share";
                severity = Notification.Severity.INFO;
            }
            default -> {
                return Optional.empty();
            }
        }
        UUID contract = contractOf(event);
        Notification notification = new Notification(event.id(), event.type(), contract, EventAbout.of(event).orElse(null), severity,
                title, text(title, lines, contract, event.type(), event.time()), event.time()).addressedTo(addressedTo);
        if (reason != null && !reason.isBlank()) {
            notification.keepingInTheInbox(text(title, lines, reasonBy + reason.strip(), contract, event.type(), event.time()));
        }
        return Optional.of(notification);
    }

    /** A notification's text from the template: its title, its lines, and the contract (if any) and event it is about. */
    public String text(String title, List<String> lines, UUID contract, String eventType, java.time.Instant occurredAt) {
        return text(title, lines, null, contract, eventType, occurredAt);
    }

    /** The text with the reason, introduced by who gave it (null: none), for the platform's own inbox only. */
    private String text(String title, List<String> lines, String reason, UUID contract, String eventType, java.time.Instant occurredAt) {
        return body.data("title", title).data("lines", lines).data("reason", reason).data("contractId", contract)
                .data("eventType", eventType).data("occurredAt", occurredAt).render().strip();
    }

    /**
     * The contract the event is about: its data's {@code contractId} where the data has that field (none for an
     * improvement plan the council holds before a trust exists, whose events have the plan as subject), else the
     * event's subject.
     */
    static UUID contractOf(EventEnvelope event) {
        JsonNode contract = event.data().get("contractId");
        if (contract == null) {
            return UUID.fromString(event.subject());
        }
        return contract.isNull() ? null : UUID.fromString(contract.asText());
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String observation(JsonNode data) {
        return "observation of " + data.path("indicatorCode").asText() + " for " + data.path("period").asText();
    }

    private static String recommendation(JsonNode data) {
        return "Recommendation " + data.path("number").asText() + " ('" + data.path("theme").asText() + "')";
    }

    private static String action(JsonNode data) {
        return "Improvement action '" + data.path("title").asText() + "'";
    }

    /** How a notification names where a recommendation stands (with the accountable body monitoring it, if named). */
    private static String recommendationStatus(String status, String monitoringBody) {
        return switch (status) {
            case "OPEN" -> "open";
            case "MONITORED_BY_IMPROVEMENT_BOARD" -> "monitored by the improvement board";
            case "MONITORED_BY_OTHER_BODY" -> monitoringBody == null || monitoringBody.isBlank()
                    ? "monitored by another accountable body" : "monitored by " + monitoringBody.strip();
            case "BUSINESS_AS_USUAL" -> "business as usual";
            case "CLOSED" -> "closed";
            default -> status.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        };
    }

    /** How a notification names where an improvement action stands. */
    private static String actionStatus(String status) {
        return switch (status) {
            case "NOT_STARTED" -> "not started";
            case "ON_TRACK" -> "on track";
            case "AT_RISK" -> "at risk";
            default -> status.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        };
    }

    /** How a notification names a report by its kind. */
    private static final java.util.Map<String, String> REPORTS = java.util.Map.of(
            "ANNUAL_REPORT", "Annual report",
            "QUARTERLY_PACK", "Quarterly pack");

    /** How a notification names a recommendation's source. */
    private static final java.util.Map<String, String> SOURCES = java.util.Map.of(
            "OFSTED_INSPECTION", "the Ofsted inspection",
            "MONITORING_VISIT", "the monitoring visit",
            "DFE_REVIEW", "the DfE review",
            "PEER_REVIEW", "the peer review",
            "COMMISSIONED_REPORT", "the commissioned report");

    private static String monitoringReturn(JsonNode data) {
        return "monitoring return for " + data.path("period").asText() + " (" + data.path("financialYear").asText() + ")";
    }

    /** Who took the step the event reports, so that nobody is told of what they did themselves. */
    public static Optional<String> actor(EventEnvelope event) {
        JsonNode step = event.data().path("step");
        if (step.hasNonNull("actor")) {
            return Optional.of(step.get("actor").asText());
        }
        for (String field : STEP_TAKERS) {
            if (event.data().hasNonNull(field)) {
                return Optional.of(event.data().get(field).asText());
            }
        }
        return Optional.empty();
    }

    /** The fields naming who took an event's step, in the order they are looked for: the submitter last. */
    private static final List<String> STEP_TAKERS = List.of("signedBy", "validatedBy", "returnedBy", "decidedBy",
            "completionConfirmedBy", "issuedBy", "submittedBy");

    /** The two parties to the contract: who signs for each, and how a notification names it. */
    enum Party {
        COUNCIL("the council", "the council's", List.of(Roles.COMMISSIONER)),
        TRUST("the trust", "the trust's", List.of(Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE));

        final String words;
        final String possessive;
        final List<String> signatories;

        Party(String words, String possessive, List<String> signatories) {
            this.words = words;
            this.possessive = possessive;
            this.signatories = signatories;
        }

        /**
         * Who hears that an improvement action the party owns is overdue: its performance staff for the trust (with the
         * commissioners, who follow the trust's plan), the commissioners for the council.
         */
        List<String> actionOwners() {
            return this == COUNCIL ? List.of(Roles.COMMISSIONER) : List.of(Roles.TRUST_PERFORMANCE, Roles.COMMISSIONER);
        }

        /** Who in the party looks after its improvement actions: the commissioners, or the trust's performance staff. */
        List<String> staff() {
            return this == COUNCIL ? List.of(Roles.COMMISSIONER) : List.of(Roles.TRUST_PERFORMANCE);
        }

        Party other() {
            return this == COUNCIL ? TRUST : COUNCIL;
        }

        static Optional<Party> of(String name) {
            for (Party party : values()) {
                if (party.name().equals(name)) {
                    return Optional.of(party);
                }
            }
            return Optional.empty();
        }
    }
}
