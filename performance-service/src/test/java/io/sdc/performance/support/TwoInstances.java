package io.sdc.performance.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs a job as two instances of the service would: on two threads, started at the same moment, waiting for both. */
public final class TwoInstances {

    private TwoInstances() {
    }

    public static void runAtOnce(Runnable job) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(instances.submit((Callable<Void>) () -> {
                    start.await(10, TimeUnit.SECONDS);
                    job.run();
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            instances.shutdownNow();
        }
    }
}
