package io.sdc.performance.basket.mapping;

import io.sdc.performance.basket.BasketEntry;
import io.sdc.performance.basket.BasketVersion;
import io.sdc.performance.basket.Comparator;
import io.sdc.performance.basket.rest.BasketEntryRequest;
import io.sdc.performance.basket.rest.BasketView;

import java.util.List;

public final class BasketMapper {

    private BasketMapper() {
    }

    public static BasketView toView(BasketVersion basket) {
        return new BasketView(basket.id(), basket.contractId(), basket.number(), basket.status(), basket.effectiveFrom(),
                basket.supersededFrom(), basket.changeRequestId(), basket.entries().stream().map(BasketMapper::toView).toList(),
                basket.version());
    }

    public static BasketEntry.Terms toTerms(BasketEntryRequest request) {
        List<Comparator> comparators = request.comparators() == null ? List.of()
                : request.comparators().stream().map(c -> new Comparator(c.kind(), c.value(), c.dataYear())).toList();
        return new BasketEntry.Terms(request.baselineValue(), request.baselineDate(), request.target(), request.toleranceKind(),
                request.tolerance(), comparators);
    }

    private static BasketView.Entry toView(BasketEntry entry) {
        return new BasketView.Entry(entry.indicatorCode(), entry.baselineValue(), entry.baselineDate(), entry.target(),
                entry.toleranceKind(), entry.tolerance(), entry.comparators());
    }
}
