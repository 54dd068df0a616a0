package io.sdc.platform.events;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class CoalescingRunnerTest {

    private final AtomicInteger started = new AtomicInteger();
    private CoalescingRunner runner;

    @AfterEach
    void stop() throws InterruptedException {
        if (runner != null) {
            runner.stop(Duration.ofSeconds(5));
        }
    }

    @Test
    void runsOnceWhenAskedWhileIdle() {
        runner = new CoalescingRunner("test-runner", started::incrementAndGet);
        runner.start();
        assertThat(runner.runs()).isZero();

        runner.request();

        await().atMost(Duration.ofSeconds(10)).until(() -> runner.runs() == 1);
        assertThat(started).hasValue(1);
        assertThat(runner.pending()).isFalse();
    }

    @Test
    void aBurstOfRequestsDuringARunCausesExactlyOneMoreRun() throws Exception {
        CountDownLatch firstRunStarted = new CountDownLatch(1);
        CountDownLatch releaseFirstRun = new CountDownLatch(1);
        CountDownLatch secondRunStarted = new CountDownLatch(1);
        CountDownLatch releaseSecondRun = new CountDownLatch(1);
        runner = new CoalescingRunner("test-runner", () -> {
            int run = started.incrementAndGet();
            CountDownLatch begun = run == 1 ? firstRunStarted : secondRunStarted;
            CountDownLatch release = run == 1 ? releaseFirstRun : releaseSecondRun;
            begun.countDown();
            waitFor(release);
        });
        runner.start();
        runner.request();
        assertThat(firstRunStarted.await(10, TimeUnit.SECONDS)).isTrue();

        Thread[] committers = new Thread[8];
        for (int i = 0; i < committers.length; i++) {
            committers[i] = new Thread(() -> {
                for (int request = 0; request < 100; request++) {
                    runner.request();
                }
            });
            committers[i].start();
        }
        for (Thread committer : committers) {
            committer.join();
        }
        assertThat(runner.pending()).as("800 requests during the run wait as one").isTrue();
        releaseFirstRun.countDown();

        assertThat(secondRunStarted.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(runner.pending()).as("the second run took the burst; nothing more is asked for").isFalse();
        releaseSecondRun.countDown();
        await().atMost(Duration.ofSeconds(10)).until(() -> runner.runs() == 2);
        assertThat(runner.pending()).isFalse();
        assertThat(started).hasValue(2);
    }

    @Test
    void runsAgainAfterAFailedRun() {
        runner = new CoalescingRunner("test-runner", () -> {
            if (started.incrementAndGet() == 1) {
                throw new IllegalStateException("the broker is away");
            }
        });
        runner.start();

        runner.request();
        await().atMost(Duration.ofSeconds(10)).until(() -> runner.runs() == 1);
        runner.request();

        await().atMost(Duration.ofSeconds(10)).until(() -> runner.runs() == 2);
        assertThat(started).hasValue(2);
    }

    @Test
    void runsNoMoreOnceStopped() throws Exception {
        runner = new CoalescingRunner("test-runner", started::incrementAndGet);
        runner.start();
        runner.stop(Duration.ofSeconds(5));

        runner.request();

        assertThat(runner.pending()).isTrue();
        assertThat(started).hasValue(0);
        assertThat(runner.runs()).isZero();
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
