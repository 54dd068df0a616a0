package io.sdc.finance.ledger.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.sdc.finance.budget.Budget;
import io.sdc.finance.budget.repository.BudgetRepository;
import io.sdc.finance.ledger.LedgerImportJob;
import io.sdc.finance.ledger.LedgerImportJobStatus;
import io.sdc.finance.ledger.repository.LedgerImportJobRepository;
import io.sdc.finance.ledger.repository.LedgerMappingRepository;
import io.sdc.finance.monitoring.ReportingPeriod;
import io.sdc.finance.monitoring.service.MonitoringReturnService;
import io.sdc.platform.audit.ChangeContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Imports the trust's ledger exports as monitoring returns, through {@link MonitoringReturnService} like every return
 * (the budget's lock, a closed year, the period's current return, the same file again, a correction's reason,
 * supersession, events). A body up to {@code sdc.finance.ledger.async-threshold} is imported while the request waits;
 * a larger one is received, then imported by a worker as a job the caller follows.
 */
@ApplicationScoped
public class LedgerImportService {

    /** How an import ended for the request: imported (or recognised) now, or accepted as a job. */
    public sealed interface Outcome {
        record Done(MonitoringReturnService.Imported imported) implements Outcome {
        }

        record Accepted(LedgerImportJob job) implements Outcome {
        }
    }

    @Inject
    MonitoringReturnService returns;

    @Inject
    LedgerMappingRepository mappings;

    @Inject
    LedgerImportJobRepository jobs;

    @Inject
    LedgerImportJobs workers;

    @Inject
    BudgetRepository budgets;

    @Inject
    EntityManager entityManager;

    @Inject
    ChangeContext changeContext;

    @Inject
    SecurityIdentity identity;

    @Inject
    LedgerConfig config;

    @Inject
    Clock clock;

    public Outcome importLedger(UUID budgetId, String period, InputStream body) {
        ReportingPeriod.parse(period);
        Budget budget = QuarkusTransaction.requiringNew().call(() -> budgets.get(budgetId));
        MonitoringReturnService.Received received = returns.receive(body, ".csv");
        try {
            if (received.size() <= config.asyncThreshold()) {
                try {
                    return new Outcome.Done(returns.importReceived(budgetId, period, source(null, new AtomicLong()), received,
                            changeContext.author().actor()));
                } finally {
                    received.delete();
                }
            }
            Instant now = Instant.now(clock);
            LedgerImportJob job = new LedgerImportJob(UUID.randomUUID(), budgetId, budget.contractId(), period, LedgerImportJobStatus.QUEUED,
                    received.size(), received.sha256(), 0, changeContext.author().actor(), now, null, null, now, null, null, null);
            QuarkusTransaction.requiringNew().run(() -> jobs.add(job));
            SecurityIdentity caller = QuarkusSecurityIdentity.builder(identity).build();
            workers.submit(job, received, caller, changeContext.reason().orElse(null));
            return new Outcome.Accepted(job);
        } catch (RuntimeException e) {
            received.delete();
            throw e;
        }
    }

    /** The source a ledger export is read from, for a job (its progress counted) or for a request. */
    LedgerFile source(UUID jobId, AtomicLong rowsRead) {
        return new LedgerFile(entityManager, mappings, jobs, clock, jobId, rowsRead);
    }
}
