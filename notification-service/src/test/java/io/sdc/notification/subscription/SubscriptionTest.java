package io.sdc.notification.subscription;

import io.sdc.notification.deadletter.service.DeadLetterNotifier;
import io.sdc.notification.reminder.service.ReminderService;
import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A subscription's rules without Quarkus: the address its channel needs, what it covers, and ending it. */
class SubscriptionTest {

    private static final Instant NOW = Instant.parse("2016-01-11T09:00:00Z");
    private static final String APPROVED = "contract.change-request.approved";

    private static Subscription inbox(List<String> eventTypes, UUID contract) {
        return new Subscription(UUID.randomUUID(), "role:commissioner", eventTypes, contract, Channel.INBOX, null, null, null,
                "admin.user", NOW);
    }

    @Test
    void anEmailSubscriptionNeedsAnEmailAddressAndAWebhookOneAUrl() {
        assertThatThrownBy(() -> Subscription.requireAddress(Channel.EMAIL, null, "https://hooks.trust.example/sdc"))
                .isInstanceOfSatisfying(ProblemException.class, problem -> assertThat(problem.type()).isEqualTo(ProblemType.VALIDATION_FAILED))
                .hasMessage("An EMAIL subscription needs email");
        assertThatThrownBy(() -> Subscription.requireAddress(Channel.WEBHOOK, "commissioning@council.example", null))
                .isInstanceOfSatisfying(ProblemException.class, problem -> assertThat(problem.type()).isEqualTo(ProblemType.VALIDATION_FAILED))
                .hasMessage("A WEBHOOK subscription needs webhookUrl");
        assertThatNoException().isThrownBy(() -> Subscription.requireAddress(Channel.INBOX, null, null));
        assertThatNoException().isThrownBy(() -> Subscription.requireAddress(Channel.EMAIL, "commissioning@council.example", null));
        assertThatNoException().isThrownBy(() -> Subscription.requireAddress(Channel.WEBHOOK, null, "https://hooks.trust.example/sdc"));
    }

    @Test
    void aSubscriptionWithoutItsChannelsAddressIsNotMade() {
        assertThatThrownBy(() -> new Subscription(UUID.randomUUID(), "role:commissioner", List.of(), null, Channel.EMAIL, null, null,
                null, "admin.user", NOW)).hasMessage("An EMAIL subscription needs email");
    }

    @Test
    void noEventTypesCoverEveryTypeAndNoContractEveryContract() {
        Subscription everything = inbox(List.of(), null);
        assertThat(everything.active()).isTrue();
        assertThat(everything.covers(APPROVED, UUID.randomUUID())).isTrue();
        assertThat(everything.covers("performance.indicator.turned-red", null)).isTrue();
    }

    @Test
    void listedEventTypesAndOneContractCoverThoseOnly() {
        UUID contract = UUID.randomUUID();
        Subscription narrow = inbox(List.of(APPROVED), contract);
        assertThat(narrow.covers(APPROVED, contract)).isTrue();
        assertThat(narrow.covers("contract.change-request.rejected", contract)).isFalse();
        assertThat(narrow.covers(APPROVED, UUID.randomUUID())).isFalse();
        assertThat(narrow.covers(APPROVED, null)).as("a notification about no contract").isFalse();
    }

    @Test
    void anEndedSubscriptionCoversNothingAndEndingItAgainChangesNothing() {
        Subscription subscription = inbox(List.of(), null);
        subscription.end();
        assertThat(subscription.active()).isFalse();
        assertThat(subscription.covers(APPROVED, UUID.randomUUID())).isFalse();

        subscription.end();
        assertThat(subscription.active()).isFalse();
    }

    @Test
    void itKeepsACopyOfItsEventTypes() {
        List<String> types = new java.util.ArrayList<>(List.of(APPROVED));
        Subscription subscription = inbox(types, null);
        types.add("contract.change-request.rejected");
        assertThat(subscription.eventTypes()).containsExactly(APPROVED);
        assertThatThrownBy(() -> subscription.eventTypes().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aChangeReplacesWhatItCoversAndWhereItSendsButNotWhoHearsOrHow() {
        UUID contract = UUID.randomUUID();
        Subscription subscription = new Subscription(UUID.randomUUID(), "role:trust-finance", List.of(APPROVED), null, Channel.EMAIL,
                "finance@trust.example", null, null, "admin.user", NOW);
        subscription.change(List.of("finance.monitoring-return.returned"), contract, "returns@trust.example", null);

        assertThat(subscription.eventTypes()).containsExactly("finance.monitoring-return.returned");
        assertThat(subscription.contractId()).isEqualTo(contract);
        assertThat(subscription.email()).isEqualTo("returns@trust.example");
        assertThat(subscription.recipient()).isEqualTo("role:trust-finance");
        assertThat(subscription.channel()).isEqualTo(Channel.EMAIL);
        assertThat(subscription.covers(APPROVED, contract)).isFalse();
        assertThat(subscription.covers("finance.monitoring-return.returned", contract)).isTrue();
    }

    @Test
    void aChangeWithoutTheChannelsAddressOrToAnEndedSubscriptionIsRefused() {
        Subscription subscription = new Subscription(UUID.randomUUID(), "role:trust-finance", List.of(), null, Channel.EMAIL,
                "finance@trust.example", null, null, "admin.user", NOW);
        assertThatThrownBy(() -> subscription.change(List.of(), null, null, null)).hasMessage("An EMAIL subscription needs email");
        assertThat(subscription.email()).isEqualTo("finance@trust.example");

        subscription.end();
        assertThatThrownBy(() -> subscription.change(List.of(), null, "finance@trust.example", null))
                .isInstanceOfSatisfying(ProblemException.class, problem -> assertThat(problem.type()).isEqualTo(ProblemType.CONFLICT))
                .hasMessage("This subscription is ended; subscribe anew instead");
    }

    @Test
    void onlyEventTypesThatMakeANotificationMayBeNamed() {
        assertThatNoException().isThrownBy(() -> EventTypes.requireKnown("eventTypes", List.of("contract.change-request.signed",
                "performance.observation.returned", "performance.observation.validated", "finance.monitoring-return.returned",
                "finance.monitoring-return.validated", ReminderService.DECISION_WAITING, ReminderService.RETURN_OVERDUE,
                ReminderService.OBSERVATIONS_OVERDUE, ReminderService.ANNUAL_REVIEW_DUE, ReminderService.MILESTONE_APPROACHING,
                DeadLetterNotifier.DEAD_LETTER)));
        assertThatNoException().isThrownBy(() -> EventTypes.requireKnown("eventTypes", null));
        assertThatThrownBy(() -> EventTypes.requireKnown("eventTypes", List.of(APPROVED, "finance.monitoring-return.imported")))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.type()).isEqualTo(ProblemType.VALIDATION_FAILED);
                    assertThat(problem.violations()).extracting(io.sdc.platform.problem.Problem.Violation::field).containsExactly("eventTypes");
                })
                .hasMessageStartingWith("No notification is made of finance.monitoring-return.imported;");
    }
}
