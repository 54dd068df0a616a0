package io.sdc.performance.basket.rest;

import io.sdc.performance.basket.BasketStatus;
import io.sdc.performance.basket.Comparator;
import io.sdc.performance.basket.ToleranceKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "BasketVersion", description = "A version of a contract's PI basket.")
public record BasketView(UUID id, UUID contractId, @Schema(example = "2") int number, BasketStatus status,
                         LocalDate effectiveFrom, LocalDate supersededFrom,
                         @Schema(description = "The change request that proposed it") UUID changeRequestId,
                         List<Entry> entries, long version) {

    @Schema(name = "BasketEntry")
    public record Entry(String indicatorCode, BigDecimal baselineValue, LocalDate baselineDate, BigDecimal target,
                        ToleranceKind toleranceKind, BigDecimal tolerance, List<Comparator> comparators) {
    }
}
