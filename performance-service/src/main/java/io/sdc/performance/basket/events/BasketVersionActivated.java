package io.sdc.performance.basket.events;

import io.sdc.performance.basket.BasketEntry;
import io.sdc.performance.basket.BasketStatus;
import io.sdc.performance.basket.BasketVersion;
import io.sdc.performance.basket.Comparator;
import io.sdc.performance.basket.ToleranceKind;
import io.sdc.platform.events.DomainEvent;
import io.sdc.platform.events.EventData;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A basket version became the one in force from its effective date ({@value #TYPE}); the version before it is
 * superseded from that date. The data is the version with its entries.
 */
@EventData(types = BasketVersionActivated.TYPE)
public record BasketVersionActivated(UUID id, UUID contractId, int number, BasketStatus status, LocalDate effectiveFrom,
                                     LocalDate supersededFrom, UUID changeRequestId, List<Entry> entries, long version)
        implements DomainEvent {

    public static final String TYPE = "performance.basket-version.activated";

    /** One indicator in the version: its baseline, target, tolerance and comparators. */
    public record Entry(String indicatorCode, BigDecimal baselineValue, LocalDate baselineDate, BigDecimal target,
                        ToleranceKind toleranceKind, BigDecimal tolerance, List<Comparator> comparators) {

        static Entry of(BasketEntry entry) {
            return new Entry(entry.indicatorCode(), entry.baselineValue(), entry.baselineDate(), entry.target(),
                    entry.toleranceKind(), entry.tolerance(), entry.comparators());
        }
    }

    public static BasketVersionActivated of(BasketVersion basket) {
        return new BasketVersionActivated(basket.id(), basket.contractId(), basket.number(), basket.status(),
                basket.effectiveFrom(), basket.supersededFrom(), basket.changeRequestId(),
                basket.entries().stream().map(Entry::of).toList(), basket.version());
    }
}
