package io.sdc.benchmark;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BenchmarkTest {

    @Test
    void namesEachMeasurementForOnlyInTheOrderTheyRun() {
        assertThat(Benchmark.NAMES).containsExactly("approval", "scorecard", "ledger", "start", "get");
    }

    @Test
    void refusesToMeasureWhatItDoesNotKnowBeforeMeasuringAnything() {
        assertThatThrownBy(() -> Benchmark.measure(null, Sizes.smoke(), List.of("scorecard", "scorecards")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[scorecards]").hasMessageContaining("approval, scorecard, ledger, start, get");
    }
}
