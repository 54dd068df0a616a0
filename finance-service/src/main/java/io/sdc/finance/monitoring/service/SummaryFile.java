package io.sdc.finance.monitoring.service;

import io.sdc.finance.budget.Budget;
import io.sdc.finance.budget.FinancialYear;
import io.sdc.finance.monitoring.MonitoringReturn;
import io.sdc.finance.monitoring.ReportingPeriod;
import io.sdc.platform.problem.Problem;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * The summary export: one row per budget line, CSV or the first sheet of an XLSX workbook. The file is read twice,
 * never held whole: once to find every fault, then, through the same validation, to write the lines it accepted in
 * batches.
 */
final class SummaryFile implements ReturnSource {

    private static final int BATCH = 1000;

    private final MonitoringReturnService.Format format;
    private final EntityManager entityManager;

    SummaryFile(MonitoringReturnService.Format format, EntityManager entityManager) {
        this.format = format;
        this.entityManager = entityManager;
    }

    @Override
    public String format() {
        return format.name();
    }

    @Override
    public String fileSuffix() {
        return format == MonitoringReturnService.Format.CSV ? ".csv" : ".xlsx";
    }

    @Override
    public Checked check(Budget budget, FinancialYear year, ReportingPeriod period, Path file, List<Problem.Violation> faultsSoFar)
            throws IOException {
        ReturnValidation validation = new ReturnValidation(budget);
        faultsSoFar.forEach(fault -> validation.fault(fault.field(), fault.message()));
        if (readable(file, validation)) {
            validation.finish();
        }
        return validation.valid()
                ? new Checked(List.of(), validation.lineCount(), validation.totalActual(), validation.totalForecast())
                : Checked.refused(validation.faults());
    }

    /** Reads the whole file through the validation; false if it could not be read at all (the fault is recorded). */
    private boolean readable(Path file, ReturnValidation validation) throws IOException {
        if (Files.size(file) == 0) {
            validation.fault("file", "the file is empty");
            return false;
        }
        if (format == MonitoringReturnService.Format.CSV && binary(file)) {
            validation.fault("file", "the file is binary, not CSV text (an XLSX workbook is sent as "
                    + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet)");
            return false;
        }
        try {
            read(file, validation);
            return true;
        } catch (ReturnFileReader.UnreadableFile e) {
            validation.fault("file", e.getMessage());
            return false;
        }
    }

    private void read(Path file, ReturnFileReader.RowHandler handler) throws IOException, ReturnFileReader.UnreadableFile {
        if (format == MonitoringReturnService.Format.CSV) {
            ReturnFileReader.readCsv(file, handler);
        } else {
            ReturnFileReader.readXlsx(file, handler);
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
    @Override
    public void store(MonitoringReturn imported, Budget budget, Path file) {
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
                read(file, writer);
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
}
