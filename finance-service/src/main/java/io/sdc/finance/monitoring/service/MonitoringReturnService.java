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
import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.problem.ProblemType;
import io.sdc.platform.rest.EntityTags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

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
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
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
    private static final int BATCH = 1000;

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
        return importMetrics.measure(format, () -> importFile(budgetId, period, format, body));
    }

    private Imported importFile(UUID budgetId, String period, Format format, InputStream body) {
        Path file = null;
        try {
            file = files.create(format == Format.CSV ? ".csv" : ".xlsx");
            String sha256 = copy(body, file);
            Path upload = file;
            String submitter = changeContext.author().actor();
            return QuarkusTransaction.requiringNew().timeout(600).call(() -> apply(budgetId, period, format, upload, sha256, submitter));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file
                }
            }
        }
    }

    private Imported apply(UUID budgetId, String periodLabel, Format format, Path file, String sha256, String submitter)
            throws IOException {
        Budget budget = budgets.getLocked(budgetId, false);
        ReportingPeriod period = ReportingPeriod.parse(periodLabel);
        budget.requireOpenForReturns();
        var current = returns.currentForUpdate(budgetId, period.label());
        if (current.isPresent() && current.get().isCurrentWith(sha256)) {
            return new Imported(current.get(), true);
        }
        String correctionReason = current.isPresent() && current.get().status().supersessionIsCorrection()
                ? changeContext.requireReason("correct the " + current.get().status() + " " + period.label() + " monitoring return")
                : changeContext.reason().orElse(null);
        ReturnValidation validation = new ReturnValidation(budget);
        FinancialYear year = FinancialYear.of(budget.financialYear(),
                contracts.findById(budget.contractId()).financialYearStart());
        if (!year.contains(period.start(), period.end())) {
            validation.fault("period", "the period " + period.label() + " is outside the financial year " + year.label()
                    + " (" + year.start() + " to " + year.end() + ")");
        }
        budget.returnRefusal().ifPresent(reason -> validation.fault("budget", reason));
        if (readable(format, file, validation)) {
            validation.finish();
        }
        if (!validation.valid()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED,
                    "The monitoring return has faults, each listed; nothing was applied", validation.faults());
        }

        Instant now = Instant.now(clock);
        MonitoringReturn imported = new MonitoringReturn(UUID.randomUUID(), budgetId, budget.contractId(), period.label(), sha256,
                format.name(), validation.lineCount(), validation.totalActual(), validation.totalForecast(),
                submitter, now);
        current.ifPresent(previous -> previous.supersedeBy(imported, correctionReason));
        returns.flush();
        returns.persistAndFlush(imported);
        writeLines(imported, budget, format, file);

        Forecast forecast = forecasts.forecast(budget, imported);
        outbox.publish(ReturnImported.TYPE, budget.contractId(), ReturnImported.of(forecast));
        Money threshold = Money.of(overspendThreshold);
        if (forecast.totalVariance().isGreaterThan(threshold)) {
            outbox.publish(ForecastOverspend.TYPE, budget.contractId(), ForecastOverspend.of(forecast, threshold));
        }
        return new Imported(imported, false);
    }

    /** Reads the whole file through the validation; false if it could not be read at all (the fault is recorded). */
    private static boolean readable(Format format, Path file, ReturnValidation validation) throws IOException {
        if (Files.size(file) == 0) {
            validation.fault("file", "the file is empty");
            return false;
        }
        if (format == Format.CSV && binary(file)) {
            validation.fault("file", "the file is binary, not CSV text (an XLSX workbook is sent as "
                    + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet)");
            return false;
        }
        try {
            if (format == Format.CSV) {
                ReturnFileReader.readCsv(file, validation);
            } else {
                ReturnFileReader.readXlsx(file, validation);
            }
            return true;
        } catch (ReturnFileReader.UnreadableFile e) {
            validation.fault("file", e.getMessage());
            return false;
        }
    }

    private static boolean binary(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(8192);
            if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
                return true;
            }
            for (byte b : head) {
                if (b == 0) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Writes the lines the same validation accepts, read again from the same file: what is stored is what was checked,
     * line for line, and the counts and totals are checked to agree before anything is committed.
     */
    private void writeLines(MonitoringReturn imported, Budget budget, Format format, Path file) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO monitoring_return_line (return_id, line_code, row_number, actual_to_date, forecast_outturn)
                    VALUES (?, ?, ?, ?, ?)""")) {
                int[] pending = {0};
                ReturnValidation writer = new ReturnValidation(budget, (rowNumber, code, actual, forecast) -> {
                    try {
                        insert.setObject(1, imported.id());
                        insert.setString(2, code);
                        insert.setInt(3, rowNumber);
                        insert.setBigDecimal(4, actual.amount());
                        insert.setBigDecimal(5, forecast.amount());
                        insert.addBatch();
                        if (++pending[0] == BATCH) {
                            insert.executeBatch();
                            pending[0] = 0;
                        }
                    } catch (SQLException e) {
                        throw new UncheckedSqlException(e);
                    }
                });
                if (format == Format.CSV) {
                    ReturnFileReader.readCsv(file, writer);
                } else {
                    ReturnFileReader.readXlsx(file, writer);
                }
                writer.finish();
                if (pending[0] > 0) {
                    insert.executeBatch();
                }
                if (!writer.valid() || writer.lineCount() != imported.lineCount()
                        || writer.totalActual().compareTo(imported.totalActual()) != 0
                        || writer.totalForecast().compareTo(imported.totalForecast()) != 0) {
                    throw new IllegalStateException("The import read " + writer.lineCount() + " lines where the validation read "
                            + imported.lineCount() + "; nothing was applied");
                }
            } catch (UncheckedSqlException e) {
                throw e.getCause();
            } catch (IOException | ReturnFileReader.UnreadableFile e) {
                throw new IllegalStateException("The import could not read again the file it validated; nothing was applied", e);
            }
        });
    }

    /** Carries a batch insert's failure out of the row handler, to be thrown as the SQLException it is. */
    private static final class UncheckedSqlException extends RuntimeException {
        UncheckedSqlException(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }

    private static String copy(InputStream body, Path file) throws IOException {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = body; OutputStream out = new DigestOutputStream(Files.newOutputStream(file), sha256)) {
            byte[] buffer = new byte[65536];
            long total = 0;
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
        return HexFormat.of().formatHex(sha256.digest());
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
