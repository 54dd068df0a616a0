package io.sdc.portal.notification;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The inbox links a notification by what notification-service says it is about, never by its title's words. */
class InboxAboutLinkTest {

    private static final String CONTRACT = "7c1d3f5e-2a4b-4c6d-8e9f-0a1b2c3d4e5f";
    private static final String ID = "0b5e9a52-1c3d-4e5f-8a9b-6c7d8e9f0a1b";

    private static InboxPage.About link(String type, String id, String eventType) {
        return InboxPage.about(Map.of("type", type, "id", id), eventType, CONTRACT);
    }

    @Test
    void eachKindOfResourceLinksToItsPage() {
        assertThat(link("change-request", ID, "contract.change-request.submitted"))
                .isEqualTo(new InboxPage.About("/change-requests/" + ID, "The change request"));
        assertThat(link("change-request", ID, "reminder.decision-waiting").href()).isEqualTo("/change-requests/" + ID);
        assertThat(link("budget", ID, "finance.budget.varied").href()).isEqualTo("/budgets/" + ID);
        assertThat(link("forecast", ID, "finance.forecast.overspend").href()).isEqualTo("/budgets/" + ID + "/forecast");
        assertThat(link("outturn", ID, "finance.outturn.finalised").href()).isEqualTo("/budgets/" + ID + "/outturn");
        assertThat(link("basket-version", ID, "performance.basket-version.activated").href())
                .isEqualTo("/contracts/" + CONTRACT + "/performance/baskets");
        assertThat(link("milestone", ID, "reminder.milestone-approaching").href())
                .isEqualTo("/contracts/" + CONTRACT + "/performance/milestones");
        assertThat(link("indicator", "PI-07", "performance.indicator.turned-red"))
                .isEqualTo(new InboxPage.About("/contracts/" + CONTRACT + "/performance/indicators/PI-07", "Indicator PI-07"));
        assertThat(link("recommendation", ID, "performance.recommendation.status-decided").href())
                .isEqualTo("/contracts/" + CONTRACT + "/improvement/recommendations/" + ID);
        assertThat(link("improvement-action", ID, "performance.improvement-action.overdue").href())
                .isEqualTo("/contracts/" + CONTRACT + "/improvement/actions/" + ID);
        assertThat(link("improvement-review", ID, "performance.improvement-review.recorded").href())
                .isEqualTo("/contracts/" + CONTRACT + "/improvement/reviews/" + ID);
        assertThat(link("issued-report", ID, "report.issued")).isEqualTo(new InboxPage.About("/reports/issued/" + ID, "The issued report"));
        assertThat(InboxPage.about(Map.of("type", "improvement-review", "id", ID), "performance.improvement-review.recorded", ""))
                .as("a review of a plan the council holds before a trust exists names no contract").isNull();
    }

    @Test
    void anIdIsEncodedIntoTheAddress() {
        assertThat(link("change-request", "x/../admin?x=1", "contract.change-request.submitted").href())
                .isEqualTo("/change-requests/x%2F..%2Fadmin%3Fx%3D1");
    }

    @Test
    void withoutAboutTheTitleIsNotReadAndTheContractsAreaIsLinked() {
        // A notification made before notification-service kept what it is about.
        assertThat(InboxPage.about(null, "contract.change-request.submitted", CONTRACT))
                .isEqualTo(new InboxPage.About("/contracts/" + CONTRACT + "/change-requests", "The contract's change requests"));
        assertThat(InboxPage.about(null, "finance.budget.varied", CONTRACT).href()).isEqualTo("/contracts/" + CONTRACT + "/finance");
        assertThat(InboxPage.about(null, "performance.milestone.missed", CONTRACT).href()).isEqualTo("/contracts/" + CONTRACT + "/performance");
        assertThat(InboxPage.about(null, "reminder.annual-review-due", CONTRACT).href()).isEqualTo("/contracts/" + CONTRACT);
        assertThat(InboxPage.about(Map.of("type", "something-new", "id", ID), "system.something", CONTRACT)).isNull();
        assertThat(InboxPage.about(null, "system.dead-letter.recorded", "")).isNull();
    }
}
