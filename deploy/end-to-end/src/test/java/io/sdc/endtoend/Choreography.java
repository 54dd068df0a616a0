package io.sdc.endtoend;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Who applies which event, as the design's choreography and the services' handlers have it: each consuming service
 * (its consumer group is its name, its inbox table {@code processed_event} is in its database), the topics it reads,
 * and each of its handlers (by the name its inbox knows it by) with the event types it applies. Every event a
 * service reads is recorded once per handler that applies it, in the same transaction as the handler's effect.
 */
final class Choreography {

    record Consumer(String database, String group, List<String> topics, Map<String, Predicate<String>> handlers) {
    }

    private static final Set<String> CONTRACT_TERMS = Set.of("contract.registered", "contract.revised", "contract.status-changed");

    static final List<Consumer> CONSUMERS = List.of(
            new Consumer("contract", "contract-service", List.of("finance.events", "performance.events"), Map.of(
                    "DownstreamRefusalHandler", Set.of("finance.budget-variation.refused", "performance.basket-revision.refused")::contains)),
            new Consumer("performance", "performance-service", List.of("contract.events"), Map.of(
                    "ContractProjection", Set.of("contract.registered", "contract.revised")::contains,
                    "BasketRevisionHandler", Set.of("contract.change-request.raised", "contract.change-request.revised",
                            "contract.change-request.submitted", "contract.change-request.agreed-in-principle",
                            "contract.change-request.approved", "contract.change-request.rejected",
                            "contract.change-request.withdrawn")::contains)),
            new Consumer("finance", "finance-service", List.of("contract.events"), Map.of(
                    "ContractProjection", CONTRACT_TERMS::contains,
                    "BudgetVariationHandler", "contract.change-request.approved"::equals)),
            new Consumer("notification", "notification-service",
                    List.of("contract.events", "performance.events", "finance.events", "report.events"), Map.of(
                    "EventNotifier", type -> type.startsWith("contract.change-request.") || type.startsWith("performance.")
                            || type.startsWith("finance.") || type.startsWith("report."),
                    "DecisionTracker", Set.of("contract.change-request.submitted", "contract.change-request.agreed-in-principle",
                            "contract.change-request.approved", "contract.change-request.rejected",
                            "contract.change-request.withdrawn", "contract.change-request.implemented")::contains,
                    "ReminderSources", type -> CONTRACT_TERMS.contains(type) || Set.of("finance.monitoring-return.imported",
                            "performance.milestone.added", "performance.milestone.met", "performance.observation.recorded",
                            "contract.annual-review.recorded").contains(type))));

    private Choreography() {
    }

    /** The consumer whose group is {@code group}. */
    static Consumer consumer(String group) {
        return CONSUMERS.stream().filter(consumer -> consumer.group().equals(group)).findFirst().orElseThrow();
    }

    /** The inbox rows ("event id handler") a consumer must hold for the events on the topics, once each. */
    static List<String> expectedInbox(Consumer consumer, Collection<EventLedger.Event> onTopics) {
        List<String> expected = new ArrayList<>();
        for (EventLedger.Event event : onTopics) {
            String topic = event.place().substring(0, event.place().lastIndexOf('-'));
            if (consumer.topics().contains(topic)) {
                new TreeMap<>(consumer.handlers()).forEach((handler, applies) -> {
                    if (applies.test(event.type())) {
                        expected.add(event.id() + " " + handler + " (" + event.type() + ")");
                    }
                });
            }
        }
        return expected;
    }
}
