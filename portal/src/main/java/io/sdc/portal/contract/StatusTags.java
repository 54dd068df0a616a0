package io.sdc.portal.contract;

import io.quarkus.qute.TemplateExtension;

/**
 * The colour of the design system's tag for a contract's or a change request's status, so that a status reads the
 * same on every page: {@code <strong class="govuk-tag {contractTag:colour(cr.status)}">}.
 */
@TemplateExtension(namespace = "contractTag")
public final class StatusTags {

    private StatusTags() {
    }

    /** The tag's modifier class for a status (an empty string leaves the tag its default colour). */
    public static String colour(Object status) {
        if (status == null) {
            return "govuk-tag--grey";
        }
        return switch (status.toString()) {
            case "ACTIVE", "IMPLEMENTED" -> "govuk-tag--green";
            case "SUBMITTED" -> "govuk-tag--blue";
            case "AGREED_IN_PRINCIPLE" -> "govuk-tag--light-blue";
            case "APPROVED" -> "govuk-tag--turquoise";
            case "SUSPENDED" -> "govuk-tag--yellow";
            case "TERMINATED", "REJECTED" -> "govuk-tag--red";
            default -> "govuk-tag--grey";
        };
    }

    /** A change request's type in words: {@code PI_BASKET_REVISION} as "PI basket revision". */
    public static String type(Object type) {
        if (type == null) {
            return "";
        }
        return switch (type.toString()) {
            case "SERVICE_TRANSFER_IN" -> "Service transfer in";
            case "SERVICE_TRANSFER_OUT" -> "Service transfer out";
            case "PI_BASKET_REVISION" -> "PI basket revision";
            case "BUDGET_VARIATION" -> "Budget variation";
            case "GOVERNANCE" -> "Governance";
            case "OTHER" -> "Other change";
            default -> io.sdc.portal.web.Formats.words(type);
        };
    }
}
