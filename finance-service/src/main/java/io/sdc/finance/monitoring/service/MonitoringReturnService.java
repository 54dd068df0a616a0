package io.sdc.finance.monitoring.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.sdc.finance.budget.Budget;
import io.sdc.finance.budget.FinancialYear;
import io.sdc.finance.budget.repository.BudgetRepository;
import io.sdc.finance.contract.repository.ContractRepository;
import io.sdc.finance.monitoring.Forecast;
import io.sdc.finance.monitoring.MonitoringReturn;
import io.sdc.finance.monitoring.ReportingPeriod;
import io.sdc.finance.monitoring.events.ForecastOverspend;
import io.sdc.finance.monitoring.events.MonitoringReturnReturned;
import io.sdc.finance.monitoring.events.MonitoringReturnValidated;
import io.sdc.finance.monitoring.events.ReturnImported;
import io.sdc.finance.monitoring.repository.MonitoringReturnRepository;
import io.sdc.platform.audit.ChangeContext;
import io.sdc.platform.events.EventOutbox;
import io.sdc.platform.money.Money;
import io.sdc.platform.problem.Problem;
import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.problem.ProblemType;
import io.sdc.platform.rest.EntityTags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Imports the trust's monitoring returns from its finance system's CSV or XLSX exports. The upload is streamed to a
 * file of the service's own import directory and hashed; the file is read twice, never held whole: once to find
 * every fault, which are reported together with their rows while nothing is applied, then, through the same
 * validation, to write the lines it accepted in batches. The same file for the same period is recognised and applied
 * once while it is the period's current return; any other file, or an earlier file again after a later one replaced
 * it, supersedes the period's return, which stays in history: a correction of a submitted or validated return, which
 * needs a reason, or a resubmission of one the council returned. A closed year (its outturn final) takes no return. The
 * council validates a return or returns it with a reason. Two imports for the same period at once: one wins, the
 * other is refused by the database's one-current-return-per-period index (a 409).
 */
@ApplicationScoped
public class MonitoringReturnService {

    /** The largest file taken: 64 MB. The HTTP body limit (quarkus.http.limits.max-body-size) is a little above it. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    public enum Format {
        CSV, XLSX
    }

    public record Imported(MonitoringReturn monitoringReturn, boolean alreadyApplied) {
    }

    @Inject
    BudgetRepository budgets;

    @Inject
    ContractRepository contracts;

    @Inject
    MonitoringReturnRepository returns;

    @Inject
    EntityManager entityManager;

    @Inject
    EventOutbox outbox;

    @Inject
    Clock clock;

    @Inject
    ChangeContext changeContext;

    @Inject
    ForecastService forecasts;

    @Inject
    ImportFiles files;

    @Inject
    ImportMetrics importMetrics;

    @ConfigProperty(name = "sdc.finance.overspend-threshold", defaultValue = "100000.00")
    BigDecimal overspendThreshold;

    public Imported importReturn(UUID budgetId, String period, Format format, InputStream body) {
        return importReturn(budgetId, period, new SummaryFile(format, entityManager), body);
    }

    /** Imports a return from a file of any source, as it arrives in a request's body: the same way for every source. */
    public Imported importReturn(UUID budgetId, String period, ReturnSource source, InputStream body) {
        return importMetrics.measure(source, () -> {
            Received received = receive(body, source.fileSuffix());
            try {
                return apply(budgetId, period, source, received, changeContext.author().actor());
            } finally {
                received.delete();
            }
        });
    }

    /**
     * An upload waiting in the service's import directory, with its SHA-256 and size; whoever received it deletes it
     * when done.
     */
    public record Received(Path file, String sha256, long size) {

        public void delete() {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file; the import directory is cleaned at the next start
            }
        }
    }

    /** Streams a body to a file of the import directory, hashing it; refused with 413 past {@link #MAX_BYTES}. */
    public Received receive(InputStream body, String suffix) {
        Path file = null;
        try {
            file = files.create(suffix);
            String[] sha256 = new String[1];
            long size = copy(body, file, sha256);
            return new Received(file, sha256[0], size);
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    private static void delete(Path file) {
        if (file != null) {
            new Received(file, "", 0).delete();
        }
    }

    /**
     * Imports a return from a file already received, as {@code submitter}, measured like every import: for a worker
     * that imports what a request received. The file is left for the caller to delete.
     */
    public Imported importReceived(UUID budgetId, String period, ReturnSource source, Received received, String submitter) {
        return importMetrics.measure(source, () -> apply(budgetId, period, source, received, submitter));
    }

    private Imported apply(UUID budgetId, String period, ReturnSource source, Received received, String submitter) {
        return QuarkusTransaction.requiringNew().timeout(600)
                .call(() -> apply(budgetId, period, source, received.file(), received.sha256(), submitter));
    }

    private Imported apply(UUID budgetId, String periodLabel, ReturnSource source, Path file, String sha256, String submitter)
            throws IOException {
        Budget budget = budgets.getLocked(budgetId, false);
        ReportingPeriod period = ReportingPeriod.parse(periodLabel);
        budget.requireOpenForReturns();
        var current = returns.currentForUpdate(budgetId, period.label());
        if (current.isPresent() && source.alreadyImported(current.get(), sha256)) {
            return new Imported(current.get(), true);
        }
        String correctionReason = current.isPresent() && current.get().status().supersessionIsCorrection()
                ? changeContext.requireReason("correct the " + current.get().status() + " " + period.label() + " monitoring return")
                : changeContext.reason().orElse(null);
        List<Problem.Violation> faults = new ArrayList<>();
        FinancialYear year = FinancialYear.of(budget.financialYear(),
                contracts.findById(budget.contractId()).financialYearStart());
        if (!year.contains(period.start(), period.end())) {
            faults.add(new Problem.Violation("period", "the period " + period.label() + " is outside the financial year " + year.label()
                    + " (" + year.start() + " to " + year.end() + ")"));
        }
        budget.returnRefusal().ifPresent(reason -> faults.add(new Problem.Violation("budget", reason)));
        ReturnSource.Checked checked = source.check(budget, year, period, file, faults);
        if (!checked.valid()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED,
                    "The monitoring return has faults, each listed; nothing was applied", checked.faults());
        }

        Instant now = Instant.now(clock);
        MonitoringReturn imported = new MonitoringReturn(UUID.randomUUID(), budgetId, budget.contractId(), period.label(), sha256,
                source.format(), checked.lineCount(), checked.totalActual(), checked.totalForecast(),
                submitter, now);
        current.ifPresent(previous -> previous.supersedeBy(imported, correctionReason));
        returns.flush();
        returns.persistAndFlush(imported);
        source.store(imported, budget, file);

        Forecast forecast = forecasts.forecast(budget, imported);
        outbox.publish(ReturnImported.TYPE, budget.contractId(), ReturnImported.of(forecast));
        Money threshold = Money.of(overspendThreshold);
        if (forecast.totalVariance().isGreaterThan(threshold)) {
            outbox.publish(ForecastOverspend.TYPE, budget.contractId(), ForecastOverspend.of(forecast, threshold));
        }
        return new Imported(imported, false);
    }

    private static long copy(InputStream body, Path file, String[] sha256Hex) throws IOException {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long total = 0;
        try (InputStream in = body; OutputStream out = new DigestOutputStream(Files.newOutputStream(file), sha256)) {
            byte[] buffer = new byte[65536];
            int read;
            while ((read = in.read(buffer)) != -1) {
                total += read;
                if (total > MAX_BYTES) {
                    throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE,
                            "The file is larger than " + MAX_BYTES / (1024 * 1024) + " MB, the most a monitoring return may be");
                }
                out.write(buffer, 0, read);
            }
        }
        sha256Hex[0] = HexFormat.of().formatHex(sha256.digest());
        return total;
    }

    public List<MonitoringReturn> returnsOf(UUID budgetId) {
        return QuarkusTransaction.requiringNew().call(() -> returns.ofBudget(budgetId));
    }

    /** One return with what it says of each budget line, by the line's code. */
    public record Detail(MonitoringReturn monitoringReturn, Map<String, Forecast.Figures> figures) {
    }

    public Detail get(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> new Detail(returns.get(id), returns.figures(id)));
    }

    /** The council validates the trust's return, at the version the caller saw, while its year is open, and announces it. */
    public Detail validate(UUID id, long expectedVersion) {
        return QuarkusTransaction.requiringNew().call(() -> {
            MonitoringReturn monitoringReturn = current(id, expectedVersion);
            Budget budget = budgets.getLocked(monitoringReturn.budgetId(), false);
            budget.requireOpenForReturns();
            monitoringReturn.validate(changeContext.author().actor(), Instant.now(clock));
            returns.flush();
            outbox.publish(MonitoringReturnValidated.TYPE, monitoringReturn.contractId(),
                    MonitoringReturnValidated.of(monitoringReturn, budget.financialYear()));
            return new Detail(monitoringReturn, returns.figures(id));
        });
    }

    /**
     * The council returns the trust's return, at the version the caller saw, with the reason it needs, and announces
     * it; refused once the year is closed, when the trust could no longer send it again.
     */
    public Detail returnToTrust(UUID id, long expectedVersion, String givenReason) {
        return QuarkusTransaction.requiringNew().call(() -> {
            MonitoringReturn monitoringReturn = current(id, expectedVersion);
            String reason = changeContext.requireReason("return the " + monitoringReturn.period() + " monitoring return to the trust",
                    givenReason);
            Budget budget = budgets.getLocked(monitoringReturn.budgetId(), false);
            budget.requireOpenForReturns();
            monitoringReturn.returnToTrust(changeContext.author().actor(), Instant.now(clock), reason);
            returns.flush();
            outbox.publish(MonitoringReturnReturned.TYPE, monitoringReturn.contractId(),
                    MonitoringReturnReturned.of(monitoringReturn, budget.financialYear()));
            return new Detail(monitoringReturn, returns.figures(id));
        });
    }

    private MonitoringReturn current(UUID id, long expectedVersion) {
        MonitoringReturn monitoringReturn = returns.get(id);
        EntityTags.requireCurrent("monitoring return", monitoringReturn.version(), expectedVersion);
        return monitoringReturn;
    }
}
