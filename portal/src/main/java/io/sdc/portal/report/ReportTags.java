package io.sdc.portal.report;

import io.sdc.portal.web.Formats;

/**
 * The design system's tags for what a report marks as a tag: RAG ratings as the performance pages show them (Amber
 * yellow), validation and the other statuses a report's figures carry, each in words beside its colour.
 */
final class ReportTags {

    private ReportTags() {
    }

    /** The tag's classes: {@code govuk-tag govuk-tag--red}. */
    static String classes(String tag) {
        return "govuk-tag " + switch (tag) {
            case "GREEN", "VALIDATED", "MET", "FINAL", "BETTER", "IMPROVING", "IMPLEMENTED", "ACTIVE", "COMPLETE" -> "govuk-tag--green";
            case "AMBER", "SUSPENDED", "OVERDUE_SOON" -> "govuk-tag--yellow";
            case "RED", "MISSED", "WORSE", "DETERIORATING", "OVERDUE", "REJECTED", "TERMINATED" -> "govuk-tag--red";
            case "ON_TRACK", "SUBMITTED", "IN_PROGRESS" -> "govuk-tag--blue";
            case "AGREED_IN_PRINCIPLE" -> "govuk-tag--light-blue";
            case "APPROVED" -> "govuk-tag--turquoise";
            default -> "govuk-tag--grey";
        };
    }

    /** The tag's words when the cell gives none: Amber, On track, Provisional. */
    static String label(String tag) {
        return Formats.words(tag);
    }
}
