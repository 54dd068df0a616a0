package io.sdc.platform.events;

import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs a task on a thread of its own whenever it is asked to, one run at a time, with requests coalesced: however
 * many requests arrive while the task runs, they cause one more run after it, and none while it is idle but one.
 * Asking costs a flag and a wake-up of the thread, so it can be done after every commit; no thread is made per request.
 */
public final class CoalescingRunner {

    private static final Logger LOG = Logger.getLogger(CoalescingRunner.class);

    private final String name;
    private final Runnable task;
    private final AtomicBoolean requested = new AtomicBoolean();
    private final AtomicLong runs = new AtomicLong();

    private volatile boolean running;
    private volatile Thread thread;

    /**
     * @param name what the task is, for its thread and its log, e.g. {@code contract-service-outbox-relay}
     * @param task what is run; a failure (an Error too) is logged and the runner goes on waiting for the next request
     */
    public CoalescingRunner(String name, Runnable task) {
        this.name = name;
        this.task = task;
    }

    public synchronized void start() {
        if (thread != null) {
            return;
        }
        running = true;
        Thread started = new Thread(this::loop, name);
        started.setDaemon(true);
        thread = started;
        started.start();
    }

    /** Asks for a run: at once if the task is idle, else once more after the current run. */
    public void request() {
        requested.set(true);
        Thread current = thread;
        if (current != null) {
            LockSupport.unpark(current);
        }
    }

    /** Stops taking requests and waits up to {@code wait} for a run in progress to end. */
    public synchronized void stop(Duration wait) throws InterruptedException {
        running = false;
        Thread current = thread;
        if (current != null) {
            LockSupport.unpark(current);
            current.join(wait.toMillis());
        }
    }

    /** Whether a run has been asked for that has not started yet. */
    public boolean pending() {
        return requested.get();
    }

    /** How many runs have ended (normally or not) since the start. */
    public long runs() {
        return runs.get();
    }

    private void loop() {
        while (running) {
            if (!requested.getAndSet(false)) {
                LockSupport.park(this);
                continue;
            }
            try {
                task.run();
            } catch (Throwable e) {
                // Any failure, an Error too: this thread is the only one that runs the task (the periodic sweep only
                // asks for a run), so it must outlive every run or the task would stop for good.
                LOG.errorf(e, "%s failed; it runs again on the next request", name);
            } finally {
                runs.incrementAndGet();
            }
        }
    }
}
