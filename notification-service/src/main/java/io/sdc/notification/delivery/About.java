package io.sdc.notification.delivery;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Objects;

/**
 * What a notification is about, beyond its contract: a kind of resource and its id. The id is the resource's own for a
 * change request, budget, basket version, milestone, observation, monitoring return, recommendation, improvement action,
 * improvement review or issued report; the budget's for a forecast or an outturn (they are the budget's); the indicator's
 * code for an indicator.
 */
@Schema(name = "NotificationAbout", description = "What the notification is about, beyond its contract")
public record About(
        @Schema(description = "The kind of resource", required = true,
                enumeration = {About.CHANGE_REQUEST, About.BUDGET, About.FORECAST, About.OUTTURN, About.BASKET_VERSION,
                        About.MILESTONE, About.INDICATOR, About.OBSERVATION, About.MONITORING_RETURN, About.RECOMMENDATION,
                        About.IMPROVEMENT_ACTION, About.IMPROVEMENT_REVIEW, About.ISSUED_REPORT}, example = About.CHANGE_REQUEST)
        String type,
        @Schema(description = "Its id: the resource's own, the budget's for a forecast or an outturn, the code for an indicator",
                required = true, example = "6f1c2a52-7d1e-4b8e-9a3f-2c5d8e4b1a90")
        String id) {

    public static final String CHANGE_REQUEST = "change-request";
    public static final String BUDGET = "budget";
    public static final String FORECAST = "forecast";
    public static final String OUTTURN = "outturn";
    public static final String BASKET_VERSION = "basket-version";
    public static final String MILESTONE = "milestone";
    public static final String INDICATOR = "indicator";
    public static final String OBSERVATION = "observation";
    public static final String MONITORING_RETURN = "monitoring-return";
    public static final String RECOMMENDATION = "recommendation";
    public static final String IMPROVEMENT_ACTION = "improvement-action";
    public static final String IMPROVEMENT_REVIEW = "improvement-review";
    public static final String ISSUED_REPORT = "issued-report";

    public About {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }
}
