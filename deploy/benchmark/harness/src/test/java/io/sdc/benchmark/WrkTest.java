package io.sdc.benchmark;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** wrk's printed summary read as a load's outcome. */
class WrkTest {

    @Test
    void readsTheRequestsAndTheTimeWrkMeasured() {
        Load.Outcome outcome = Wrk.outcome(0, """
                Running 20s test @ http://localhost:8082/api/v1/contracts/c/scorecard?period=2015-Q3
                  2 threads and 16 connections
                  Thread Stats   Avg      Stdev     Max   +/- Stdev
                    Latency     6.71ms    3.02ms  48.15ms   81.29%
                    Req/Sec     1.21k   105.34     1.49k    70.25%
                  48312 requests in 20.02s, 171.43MB read
                Requests/sec:   2413.18
                Transfer/sec:      8.56MB
                """);

        assertThat(outcome.ok()).isEqualTo(48312);
        assertThat(outcome.failed()).isZero();
        assertThat(outcome.perSecond()).isBetween(2413.0, 2413.3);
    }

    @Test
    void countsAnswersOtherThanSuccessAndSocketErrorsAsFailed() {
        Load.Outcome outcome = Wrk.outcome(0, """
                  1000 requests in 1.00m, 1.20MB read
                  Socket errors: connect 0, read 2, write 0, timeout 3
                  Non-2xx or 3xx responses: 10
                Requests/sec:     16.66
                """);

        assertThat(outcome.ok()).isEqualTo(990);
        assertThat(outcome.failed()).isEqualTo(15);
        assertThat(outcome.seconds()).isEqualTo(60.0);
    }

    @Test
    void refusesWhatIsNotAWrkSummary() {
        assertThatThrownBy(() -> Wrk.outcome(1, "unable to connect to localhost:1 Connection refused"))
                .hasMessageContaining("wrk failed (exit 1)");
    }
}
