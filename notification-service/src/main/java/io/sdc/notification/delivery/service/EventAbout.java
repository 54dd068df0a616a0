package io.sdc.notification.delivery.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.sdc.notification.delivery.About;
import io.sdc.platform.events.EventEnvelope;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an event is about, beyond its contract: the kind of resource, known
 * from the event type, and its id, read from the event's data. The one place that knows it.
 */
public final class EventAbout {

    /** Event types starting with {@code prefix} are about a {@code type} whose id is the data's {@code field}. */
    private record Rule(String prefix, String type, String field) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("contract.change-request.", About.CHANGE_REQUEST, "id"),
            new Rule("finance.budget.", About.BUDGET, "id"),
            new Rule("finance.forecast.", About.FORECAST, "budgetId"),
            new Rule("finance.outturn.", About.OUTTURN, "budgetId"),
            new Rule("performance.basket-version.", About.BASKET_VERSION, "id"),
            new Rule("performance.milestone.", About.MILESTONE, "id"),
            new Rule("performance.indicator.", About.INDICATOR, "indicatorCode"),
            new Rule("performance.observation.", About.OBSERVATION, "id"),
            new Rule("finance.monitoring-return.", About.MONITORING_RETURN, "id"),
            new Rule("performance.recommendation.", About.RECOMMENDATION, "id"),
            new Rule("performance.improvement-action.", About.IMPROVEMENT_ACTION, "id"),
            new Rule("performance.improvement-review.", About.IMPROVEMENT_REVIEW, "id"),
            new Rule("report.issued", About.ISSUED_REPORT, "id"));

    /** An id fit to keep and to put in an address: no spaces, slashes or control characters, at most 100 characters. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    private EventAbout() {
    }

    /** What the event is about; empty when its type names no resource or its data lacks the id. */
    public static Optional<About> of(EventEnvelope event) {
        for (Rule rule : RULES) {
            if (event.type().startsWith(rule.prefix())) {
                JsonNode id = event.data().path(rule.field());
                return id.isTextual() && ID.matcher(id.asText()).matches()
                        ? Optional.of(new About(rule.type(), id.asText())) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
