package io.sdc.performance.scorecard;

import io.quarkus.test.junit.QuarkusTest;
import io.sdc.performance.observation.ReportingPeriod;
import io.sdc.performance.scorecard.service.ScorecardService;
import io.sdc.performance.support.PerformanceTestSupport;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.sdc.performance.support.PerformanceTestSupport.activateFirst;
import static io.sdc.performance.support.PerformanceTestSupport.draftBasket;
import static io.sdc.performance.support.PerformanceTestSupport.indicator;
import static io.sdc.performance.support.PerformanceTestSupport.observe;
import static org.assertj.core.api.Assertions.assertThat;

/** A scorecard costs the same number of queries whether the basket holds one indicator or many. */
@QuarkusTest
class ScorecardQueryBoundTest {

    @Inject
    PerformanceTestSupport support;

    @Inject
    ScorecardService scorecards;

    @Test
    void needsNoQueryPerIndicator() throws Exception {
        UUID small = contractWithBasketOf(1);
        UUID large = contractWithBasketOf(12);

        for (boolean validatedOnly : new boolean[] {false, true}) {
            int forSmall = statementsFor(small, validatedOnly);
            int forLarge = statementsFor(large, validatedOnly);

            assertThat(forSmall).as("statements counted").isPositive();
            assertThat(forLarge).isEqualTo(forSmall).isLessThanOrEqualTo(5);
        }
        assertThat(scorecards.scorecard(large, ReportingPeriod.parse("2015-Q3"), false).indicators()).hasSize(12);
    }

    private int statementsFor(UUID contract, boolean validatedOnly) {
        StatementCounter.reset();
        scorecards.scorecard(contract, ReportingPeriod.parse("2015-Q3"), validatedOnly);
        return StatementCounter.count();
    }

    private UUID contractWithBasketOf(int size) throws Exception {
        UUID contract = support.knownContract();
        List<String> entries = new ArrayList<>();
        StringBuilder observations = new StringBuilder("[");
        for (int i = 1; i <= size; i++) {
            String code = "BOUND-CHECK-" + i;
            indicator(code, "PERCENT", i % 2 == 0 ? "HIGHER_IS_BETTER" : "LOWER_IS_BETTER", 10);
            entries.add(code + " {\"baselineValue\":30,\"target\":25,\"toleranceKind\":\"MARGIN\",\"tolerance\":5}");
            observations.append(i > 1 ? "," : "").append("""
                    {"indicatorCode":"%s","period":"2015-Q3","numerator":%d,"denominator":100},
                    {"indicatorCode":"%s","period":"2015-Q2","numerator":%d,"denominator":100}"""
                    .formatted(code, 20 + i, code, 25 + i));
        }
        activateFirst(draftBasket(contract, entries.toArray(String[]::new)), "2014-10-01");
        observe(contract, observations.append("]").toString());
        return contract;
    }
}
