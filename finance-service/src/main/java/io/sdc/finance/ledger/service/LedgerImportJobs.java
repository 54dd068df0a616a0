package io.sdc.finance.ledger.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.sdc.finance.ledger.LedgerImportJob;
import io.sdc.finance.ledger.repository.LedgerImportJobRepository;
import io.sdc.finance.monitoring.service.MonitoringReturnService;
import io.sdc.platform.audit.ChangeContext;
import io.sdc.platform.problem.DatabaseRefusals;
import io.sdc.platform.problem.Problem;
import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs ledger import jobs, one at a time per instance, on a worker thread of their own, as the person who sent the
 * file (their identity and Change-Reason go with the job). Every second the instance reports on the jobs it holds
 * (heartbeat and rows read so far), in the database, so that any instance can say how a job is doing. A job whose
 * instance stopped reporting for {@code sdc.finance.ledger.job-timeout} is marked FAILED when it is next read and at
 * every instance's start; an instance that stops cleanly marks its unfinished jobs FAILED at once. Its file is gone
 * with the instance (the import directory is cleaned at start), so a failed job is sent again as a new upload.
 */
@ApplicationScoped
public class LedgerImportJobs {

    private static final Logger LOG = Logger.getLogger(LedgerImportJobs.class);

    @Inject
    LedgerImportJobRepository jobs;

    @Inject
    MonitoringReturnService returns;

    @Inject
    LedgerImportService imports;

    @Inject
    ChangeContext changeContext;

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    LedgerConfig config;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    Clock clock;

    /** The jobs this instance holds, with the rows read so far. */
    private final Map<UUID, AtomicLong> held = new ConcurrentHashMap<>();
    private ExecutorService worker;
    private ScheduledExecutorService reporter;

    void onStart(@Observes StartupEvent event) {
        worker = Executors.newSingleThreadExecutor(runnable -> thread(runnable, "ledger-import"));
        reporter = Executors.newSingleThreadScheduledExecutor(runnable -> thread(runnable, "ledger-import-heartbeat"));
        reporter.scheduleWithFixedDelay(this::report, 1, 1, TimeUnit.SECONDS);
        int failed = QuarkusTransaction.requiringNew().call(() -> jobs.failStale(Instant.now(clock).minus(config.jobTimeout()),
                problem(new ProblemException(ProblemType.INTERNAL_ERROR, stoppedDetail())), Instant.now(clock)));
        if (failed > 0) {
            LOG.infof("Marked %d ledger import jobs failed: their instances stopped without finishing them", failed);
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        if (worker == null) {
            return;
        }
        reporter.shutdownNow();
        worker.shutdownNow();
        try {
            worker.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String problem = problem(new ProblemException(ProblemType.INTERNAL_ERROR,
                "The service instance importing this file stopped before it finished; nothing was applied: send the file again"));
        for (UUID id : List.copyOf(held.keySet())) {
            try {
                QuarkusTransaction.requiringNew().run(() -> jobs.fail(id, problem, Instant.now(clock)));
            } catch (RuntimeException e) {
                LOG.warnf("Could not mark the ledger import job %s failed at shutdown: %s", id, e.getMessage());
            }
        }
    }

    private static Thread thread(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    /** Queues the job; the worker imports the received file as {@code caller}, with the caller's reason. */
    void submit(LedgerImportJob job, MonitoringReturnService.Received received, SecurityIdentity caller, String reason) {
        AtomicLong rowsRead = new AtomicLong();
        held.put(job.id(), rowsRead);
        try {
            worker.execute(() -> run(job, received, caller, reason, rowsRead));
        } catch (RuntimeException e) {
            held.remove(job.id());
            throw e;
        }
    }

    private void run(LedgerImportJob job, MonitoringReturnService.Received received, SecurityIdentity caller, String reason,
                     AtomicLong rowsRead) {
        ManagedContext request = Arc.container().requestContext();
        request.activate();
        try {
            identities.setIdentity(caller);
            changeContext.reason(reason);
            if (!QuarkusTransaction.requiringNew().call(() -> jobs.start(job.id(), Instant.now(clock)))) {
                return;
            }
            MonitoringReturnService.Imported imported = returns.importReceived(job.budgetId(), job.period(),
                    imports.source(job.id(), rowsRead), received, job.submittedBy());
            if (imported.alreadyApplied()) {
                QuarkusTransaction.requiringNew().run(() -> jobs.succeed(job.id(), imported.monitoringReturn().id(), true,
                        rowsRead.get(), Instant.now(clock)));
            }
        } catch (RuntimeException e) {
            ProblemException refusal = e instanceof ProblemException problem ? problem : DatabaseRefusals.of(e).orElse(null);
            if (refusal == null) {
                LOG.errorf(e, "The ledger import job %s failed", job.id());
                refusal = new ProblemException(ProblemType.INTERNAL_ERROR, "The import failed on our side; nothing was applied");
            }
            ProblemException failure = refusal;
            try {
                QuarkusTransaction.requiringNew().run(() -> jobs.fail(job.id(), problem(failure), Instant.now(clock)));
            } catch (RuntimeException again) {
                LOG.errorf(again, "Could not record the failure of the ledger import job %s", job.id());
            }
        } finally {
            held.remove(job.id());
            received.delete();
            request.terminate();
        }
    }

    /** Reports on the jobs this instance holds: they are alive, and how many rows each has read. */
    private void report() {
        if (held.isEmpty()) {
            return;
        }
        try {
            Instant now = Instant.now(clock);
            held.forEach((id, rows) -> QuarkusTransaction.requiringNew().run(() -> jobs.beat(id, rows.get(), now)));
        } catch (RuntimeException e) {
            LOG.warnf("Could not report on the ledger import jobs: %s", e.getMessage());
        }
    }

    /** The job as it stands; one whose instance stopped reporting on it for too long is marked FAILED first. */
    public Optional<LedgerImportJob> find(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Instant.now(clock);
            jobs.failStale(id, now.minus(config.jobTimeout()), problem(new ProblemException(ProblemType.INTERNAL_ERROR, stoppedDetail())), now);
            return jobs.find(id);
        });
    }

    private String stoppedDetail() {
        return "The service instance importing this file stopped reporting on it for over " + config.jobTimeout().toSeconds()
                + " s (it stopped or was killed); nothing was applied: send the file again";
    }

    /** The problem document a request would have been answered with. */
    private String problem(ProblemException refusal) {
        ProblemType type = refusal.type();
        Problem problem = new Problem(type.uri(), type.title(), type.status(), refusal.getMessage(), null, refusal.violations());
        try {
            return objectMapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The problem document of a failed job. */
    public Problem problemOf(LedgerImportJob job) {
        if (job.problemJson() == null) {
            return null;
        }
        try {
            return objectMapper.readValue(job.problemJson(), Problem.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
