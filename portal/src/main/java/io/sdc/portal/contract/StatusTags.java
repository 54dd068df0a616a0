package io.sdc.portal.contract;

import io.quarkus.qute.TemplateExtension;

import java.util.Map;

/**
 * The colour of the design system's tag for a contract's status, so that it reads the same on every page:
 * {@code <strong class="govuk-tag {contractTag:colour(contract.status)}">}. A change request's status is named and
 * coloured by {@link io.sdc.portal.changerequest.ChangeRequestWords} ({@code cr:status}, {@code cr:tag}).
 */
@TemplateExtension(namespace = "contractTag")
public final class StatusTags {

    private static final Map<String, String> COLOURS = Map.of("ACTIVE", "green", "SUSPENDED", "yellow", "TERMINATED", "red");

    private StatusTags() {
    }

    /** The tag's modifier class for a contract's status. */
    public static String colour(Object status) {
        return io.sdc.portal.web.Formats.tagColour(status, COLOURS);
    }
}
