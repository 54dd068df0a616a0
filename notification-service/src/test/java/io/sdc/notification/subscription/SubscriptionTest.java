package io.sdc.notification.subscription;

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
}
