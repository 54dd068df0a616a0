package io.sdc.portal.notification;

import io.quarkus.qute.TemplateData;

import java.util.List;

/**
 * One notification of the person's inbox as the page shows it.
 *
 * @param lines        the notification's own lines between its title and the footer every message carries
 * @param contractName the contract's reference, or its id when the portal cannot name it
 * @param aboutHref    the page of what it is about (a change request, a budget, ...) as notification-service names it, or
 *                     the contract's page for the event's area when it names nothing more than the contract
 * @param aboutText    the link's words
 */
@TemplateData
public record InboxEntry(String id, String eventType, String eventLabel, String severity, String title, List<String> lines,
                         String deliveredAt, String readAt, String contractId, String contractName, String aboutHref,
                         String aboutText) {

    public boolean unread() {
        return readAt == null || readAt.isBlank();
    }

    /** The design system's tag colour for the notification's severity. */
    public String severityTag() {
        return switch (severity == null ? "" : severity) {
            case "WARNING" -> "govuk-tag--red";
            case "ACTION" -> "govuk-tag--yellow";
            default -> "govuk-tag--blue";
        };
    }

    public String severityText() {
        return switch (severity == null ? "" : severity) {
            case "WARNING" -> "Warning";
            case "ACTION" -> "Action needed";
            default -> "Information";
        };
    }
}
