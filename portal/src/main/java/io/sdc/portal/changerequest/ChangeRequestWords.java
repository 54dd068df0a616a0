package io.sdc.portal.changerequest;

import io.quarkus.qute.TemplateExtension;
import io.sdc.portal.session.Role;
import io.sdc.portal.web.Formats;

import java.util.List;
import java.util.Map;

/**
 * How change request pages name the contract-service's constants: {@code {cr:type(x.type)}} ("PI basket revision"),
 * {@code {cr:status(x.status)}} ("Agreed in principle"), {@code {cr:tag(x.status)}} (the GOV.UK tag's colour class),
 * {@code {cr:party(x.raisedBy)}} ("Council"), {@code {cr:role(step.role)}} ("Commissioner").
 */
@TemplateExtension(namespace = "cr")
public final class ChangeRequestWords {

    /** The change request types, in the order the raise form offers them. */
    static final List<String> TYPES = List.of("SERVICE_TRANSFER_IN", "SERVICE_TRANSFER_OUT", "PI_BASKET_REVISION",
            "BUDGET_VARIATION", "GOVERNANCE", "OTHER");
    /** The statuses, in lifecycle order, as the list's filter offers them. */
    static final List<String> STATUSES = List.of("DRAFT", "SUBMITTED", "AGREED_IN_PRINCIPLE", "APPROVED", "IMPLEMENTED",
            "REJECTED", "WITHDRAWN");

    private static final Map<String, String> TYPE_NAMES = Map.of(
            "SERVICE_TRANSFER_IN", "Service transfer in",
            "SERVICE_TRANSFER_OUT", "Service transfer out",
            "PI_BASKET_REVISION", "PI basket revision",
            "BUDGET_VARIATION", "Budget variation",
            "GOVERNANCE", "Governance",
            "OTHER", "Other");
    private static final Map<String, String> TYPE_HINTS = Map.of(
            "SERVICE_TRANSFER_IN", "A service area moves into the trust's scope",
            "SERVICE_TRANSFER_OUT", "A service area leaves the trust's scope",
            "PI_BASKET_REVISION", "A revised basket of performance indicators, prepared as a basket version",
            "BUDGET_VARIATION", "A change to a financial year's budget line",
            "GOVERNANCE", "A change to the governance arrangements",
            "OTHER", "Any other notifiable change");
    private static final Map<String, String> STATUS_NAMES = Map.of(
            "DRAFT", "Draft",
            "SUBMITTED", "Submitted",
            "AGREED_IN_PRINCIPLE", "Agreed in principle",
            "APPROVED", "Approved",
            "IMPLEMENTED", "Implemented",
            "REJECTED", "Rejected",
            "WITHDRAWN", "Withdrawn");
    private static final Map<String, String> TAGS = Map.of(
            "SUBMITTED", "light-blue",
            "AGREED_IN_PRINCIPLE", "blue",
            "APPROVED", "turquoise",
            "IMPLEMENTED", "green",
            "REJECTED", "red");

    private ChangeRequestWords() {
    }

    static boolean isType(String value) {
        return value != null && TYPES.contains(value);
    }

    static boolean isStatus(String value) {
        return value != null && STATUSES.contains(value);
    }

    public static String type(Object type) {
        return type == null ? "" : TYPE_NAMES.getOrDefault(type.toString(), type.toString());
    }

    public static String typeHint(Object type) {
        return type == null ? "" : TYPE_HINTS.getOrDefault(type.toString(), "");
    }

    public static String status(Object status) {
        return status == null ? "" : STATUS_NAMES.getOrDefault(status.toString(), status.toString());
    }

    public static String tag(Object status) {
        return Formats.tagColour(status, TAGS);
    }

    /** The party that raised a change request: the council (COMMISSIONER) or the trust (PROVIDER). */
    public static String party(Object raisedBy) {
        return Formats.named(raisedBy, Map.of("COMMISSIONER", "Council", "PROVIDER", "Trust"));
    }

    /** A party that signs a change request: COUNCIL or TRUST, in words. */
    public static String signingParty(Object party) {
        return Formats.words(party);
    }

    /** The parties still awaited, in words: "council", "council and the trust". */
    public static String awaited(Object parties) {
        if (!(parties instanceof List<?> list)) {
            return "";
        }
        return list.stream().map(party -> signingParty(party).toLowerCase(java.util.Locale.UK))
                .collect(java.util.stream.Collectors.joining(" and the "));
    }

    /** A step's role as the services name it ({@code trust-finance}, {@code system}) in words. */
    public static String role(Object role) {
        if (role == null) {
            return "";
        }
        if (role.toString().contains(" and ")) {
            return java.util.Arrays.stream(role.toString().split(" and ")).map(ChangeRequestWords::role)
                    .collect(java.util.stream.Collectors.joining(" and "));
        }
        return Role.ofClaim(role.toString()).map(Role::title)
                .orElse("system".equals(role.toString()) ? "The platform" : role.toString());
    }
}
