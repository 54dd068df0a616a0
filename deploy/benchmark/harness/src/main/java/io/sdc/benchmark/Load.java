package io.sdc.benchmark;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/** HTTP load of our own: closed loop at a fixed concurrency, and open loop at a fixed rate. */
final class Load {

    private Load() {
    }

    /** What a load did: successful answers, other answers or failures, seconds measured, and the latencies measured. */
    record Outcome(long ok, long failed, double seconds, Latencies latencies) {
        double perSecond() {
            return ok / seconds;
        }
    }

    /**
     * {@code concurrency} threads each sending the request and waiting for its answer, again and again: first for
     * {@code warmUp} (not counted), then for {@code duration}. Answers other than 200 count as failed.
     */
    static Outcome closedLoop(Supplier<HttpRequest> request, int concurrency, Duration warmUp, Duration duration)
            throws InterruptedException {
        run(request, concurrency, warmUp, new AtomicLong(), new AtomicLong());
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long started = System.nanoTime();
        run(request, concurrency, duration, ok, failed);
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Outcome(ok.get(), failed.get(), seconds, null);
    }

    private static void run(Supplier<HttpRequest> request, int concurrency, Duration duration, AtomicLong ok, AtomicLong failed)
            throws InterruptedException {
        long end = System.nanoTime() + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < end) {
                    try {
                        HttpResponse<Void> response = Http.CLIENT.send(request.get(), HttpResponse.BodyHandlers.discarding());
                        (response.statusCode() == 200 ? ok : failed).incrementAndGet();
                    } catch (Exception e) {
                        failed.incrementAndGet();
                        if (e instanceof InterruptedException) {
                            return;
                        }
                    }
                }
            }, "load-" + i);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }

    /**
     * Requests sent at a fixed rate whatever the answers do (open loop): request i is due at start + i / rate, and its
     * latency runs from that intended time to its answer, so a late send (the sender or the client held up) counts
     * against the service as a user would feel it, never hidden (no coordinated omission). First a warm-up at the same
     * rate, not counted.
     */
    static Outcome openLoop(Supplier<HttpRequest> request, int rate, Duration warmUp, Duration duration) throws InterruptedException {
        open(request, rate, warmUp);
        long started = System.nanoTime();
        Outcome outcome = open(request, rate, duration);
        return new Outcome(outcome.ok(), outcome.failed(), (System.nanoTime() - started) / 1e9, outcome.latencies());
    }

    private static Outcome open(Supplier<HttpRequest> request, int rate, Duration duration) throws InterruptedException {
        int count = (int) Math.max(1, duration.toNanos() * rate / 1_000_000_000L);
        long interval = 1_000_000_000L / rate;
        long[] latencies = new long[count];
        boolean[] succeeded = new boolean[count];
        List<CompletableFuture<?>> answers = new ArrayList<>(count);
        long start = System.nanoTime() + 10_000_000L;
        for (int i = 0; i < count; i++) {
            long intended = start + i * interval;
            long wait;
            while ((wait = intended - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            int index = i;
            answers.add(Http.CLIENT.sendAsync(request.get(), HttpResponse.BodyHandlers.discarding())
                    .handle((response, failure) -> {
                        latencies[index] = System.nanoTime() - intended;
                        succeeded[index] = failure == null && response.statusCode() == 200;
                        return null;
                    }));
        }
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).join();
        long ok = 0;
        for (boolean success : succeeded) {
            ok += success ? 1 : 0;
        }
        return new Outcome(ok, count - ok, duration.toNanos() / 1e9, new Latencies(latencies));
    }
}
