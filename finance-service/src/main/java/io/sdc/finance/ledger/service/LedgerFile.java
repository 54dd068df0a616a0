package io.sdc.finance.ledger.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.sdc.finance.budget.Budget;
import io.sdc.finance.budget.FinancialYear;
import io.sdc.finance.ledger.LedgerFault;
import io.sdc.finance.ledger.LedgerHeader;
import io.sdc.finance.ledger.LedgerMapping;
import io.sdc.finance.ledger.repository.LedgerImportJobRepository;
import io.sdc.finance.ledger.repository.LedgerMappingRepository;
import io.sdc.finance.monitoring.MonitoringReturn;
import io.sdc.finance.monitoring.ReportingPeriod;
import io.sdc.finance.monitoring.service.ReturnSource;
import io.sdc.platform.money.Money;
import io.sdc.platform.problem.Problem;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.postgresql.PGConnection;
import org.postgresql.util.PSQLException;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A ledger export as a monitoring return's source: one row per cost centre and account (optionally per transaction
 * and month) with actual to date and forecast outturn, mapped to budget lines by the contract's current ledger mapping.
 * The file is streamed into a temporary table of the import's transaction with PostgreSQL's {@code COPY}, then mapped,
 * checked and added up per budget line in SQL, set-wise: no row becomes a Java object. Faults are listed by row, the
 * first {@value LedgerHeader#LIMIT_LISTED}, with the count of each kind.
 */
final class LedgerFile implements ReturnSource {

    static final String FORMAT = "LEDGER";
    private static final Pattern COPY_LINE = Pattern.compile("line (\\d+)");
    private static final String AMOUNT = "'^[0-9]{1,13}(\\.[0-9]{1,2})?$'";
    private static final String NEGATIVE = "'^-[0-9]+(\\.[0-9]+)?$'";
    private static final String TOO_PRECISE = "'^[0-9]+\\.[0-9]{3,}$'";
    private static final String LIMIT = "1000000000";

    private final EntityManager entityManager;
    private final LedgerMappingRepository mappings;
    private final LedgerImportJobRepository jobs;
    private final Clock clock;
    private final UUID jobId;
    private final AtomicLong rowsRead;
    private LedgerMapping mapping;
    private int rows;
    /** The budget lines the rows add up to, found by the check when the file has no fault; what {@link #store} stores. */
    private List<AddedLine> added = List.of();

    LedgerFile(EntityManager entityManager, LedgerMappingRepository mappings, LedgerImportJobRepository jobs, Clock clock, UUID jobId,
               AtomicLong rowsRead) {
        this.entityManager = entityManager;
        this.mappings = mappings;
        this.jobs = jobs;
        this.clock = clock;
        this.jobId = jobId;
        this.rowsRead = rowsRead;
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String fileSuffix() {
        return ".csv";
    }

    /** The same file is recognised only as long as it would go through the same mapping version. */
    @Override
    public boolean alreadyImported(MonitoringReturn current, String sha256) {
        if (!current.isCurrentWith(sha256) || !FORMAT.equals(current.contentType())) {
            return false;
        }
        var mappingNow = mappings.current(current.contractId());
        return mappingNow.isPresent() && mappings.mappingOfReturn(current.id()).map(mappingNow.get().id()::equals).orElse(false);
    }

    @Override
    public int rows(MonitoringReturn imported) {
        return rows > 0 ? rows : QuarkusTransaction.requiringNew().call(() -> mappings.rowsOfReturn(imported.id()));
    }

    @Override
    public Checked check(Budget budget, FinancialYear year, ReportingPeriod period, Path file, List<Problem.Violation> faultsSoFar)
            throws IOException {
        List<Problem.Violation> faults = new ArrayList<>(faultsSoFar);
        if (Files.size(file) == 0) {
            faults.add(new Problem.Violation("file", "the file is empty"));
            return Checked.refused(faults);
        }
        List<String> headerCells;
        try {
            headerCells = headerCells(file);
        } catch (CharacterCodingException e) {
            faults.add(new Problem.Violation("row 1", "the header is not UTF-8 text: save the export as CSV UTF-8"));
            return Checked.refused(faults);
        }
        LedgerHeader header = LedgerHeader.parse(headerCells, faults);
        mapping = mappings.current(budget.contractId()).orElse(null);
        if (mapping == null) {
            faults.add(new Problem.Violation("file", "the contract has no ledger mapping yet: trust finance puts one "
                    + "(PUT /api/v1/contracts/" + budget.contractId() + "/ledger-mapping) before a ledger export is imported"));
        }
        if (header == null || mapping == null) {
            return Checked.refused(faults);
        }
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            Problem.Violation unreadable = copy(connection, header, file);
            if (unreadable != null) {
                // The transaction is spoilt by the refused COPY; the refusal rolls it back.
                faults.add(unreadable);
                return Checked.refused(faults);
            }
            Map<LedgerFault, Long> counts = countFaults(connection, budget, year);
            if (counts.values().stream().mapToLong(Long::longValue).sum() == 0) {
                return addUp(budget, faults);
            }
            markRows(connection, budget, year);
            return listFaults(connection, faults);
        });
    }

    /** The header row's cells: the file's first line, without a byte order mark. */
    private static List<String> headerCells(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(65536);
        }
        int end = 0;
        while (end < head.length && head[end] != '\n') {
            end++;
        }
        String line = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(head, 0, end)).toString();
        if (line.startsWith("\uFEFF")) {
            line = line.substring(1);
        }
        if (line.endsWith("\r")) {
            line = line.substring(0, line.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        for (String cell : line.split(",", -1)) {
            String plain = cell.strip();
            if (plain.length() >= 2 && plain.startsWith("\"") && plain.endsWith("\"")) {
                plain = plain.substring(1, plain.length() - 1);
            }
            cells.add(plain);
        }
        return cells;
    }

    /** Streams the file into the staging table; the fault if PostgreSQL cannot read a row of it as CSV. */
    private Problem.Violation copy(Connection connection, LedgerHeader header, Path file) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE TEMPORARY TABLE ledger_staging (
                        row_number            INTEGER GENERATED ALWAYS AS IDENTITY (START WITH 2 CACHE 10000),
                        cost_centre           TEXT,
                        account               TEXT,
                        actual_to_date        TEXT,
                        forecast_outturn      TEXT,
                        transaction_reference TEXT,
                        period                TEXT
                    ) ON COMMIT DROP""");
        }
        // The columns are the header's, each one of LedgerHeader's names: nothing of the file reaches the statement.
        String columns = String.join(", ", header.columns());
        try (InputStream in = new RowCounter(Files.newInputStream(file), rowsRead)) {
            rows = (int) connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY ledger_staging (" + columns + ") FROM STDIN WITH (FORMAT csv, HEADER true, ENCODING 'UTF8')", in, 65536);
            rowsRead.set(rows);
            return null;
        } catch (PSQLException e) {
            if (e.getSQLState() == null || !e.getSQLState().startsWith("22")) {
                throw e;
            }
            var server = e.getServerErrorMessage();
            String where = server == null || server.getWhere() == null ? "" : server.getWhere();
            Matcher line = COPY_LINE.matcher(where);
            String message = server == null ? e.getMessage() : server.getMessage();
            return new Problem.Violation(line.find() ? "row " + line.group(1) : "file", "the row cannot be read as CSV ("
                    + message + "): every row has the header's " + header.columns().size()
                    + " columns, a field holding commas or quotes is quoted, the file is UTF-8 and has no blank lines");
        } catch (IOException e) {
            throw new SQLException("The upload could not be read again from its file", e);
        }
    }

    /**
     * One read-only pass over the staged rows: the count of each kind of fault and, per budget line, the rows' sums and
     * first row. Each faulty row is counted exactly as {@link #markRows} marks it; only a file with a fault is marked
     * row by row (for its listing), so that a good file's rows are never copied into a second table.
     */
    private Map<LedgerFault, Long> countFaults(Connection connection, Budget budget, FinancialYear year) throws SQLException {
        Map<LedgerFault, Long> counts = new EnumMap<>(LedgerFault.class);
        List<AddedLine> lines = new ArrayList<>();
        long unmapped = 0;
        long badAmounts = 0;
        long wrongPeriods = 0;
        try (PreparedStatement count = connection.prepareStatement("""
                SELECT budget_line,
                       count(*) FILTER (WHERE cost_centre = '' OR account = '' OR budget_line IS NULL OR NOT budget_line = ANY (?::TEXT[])),
                       count(*) FILTER (WHERE actual IS NULL OR actual > %2$s) + count(*) FILTER (WHERE forecast IS NULL OR forecast > %2$s),
                       count(*) FILTER (WHERE CASE WHEN period IS NULL THEN FALSE
                                                   WHEN period !~ '^[0-9]{4}-(0[1-9]|1[0-2])$' THEN TRUE
                                                   ELSE to_date(period || '-01', 'YYYY-MM-DD') NOT BETWEEN ?::DATE AND ?::DATE END),
                       min(row_number), sum(actual), sum(forecast)
                FROM (SELECT staged.row_number, coalesce(staged.cost_centre, '') AS cost_centre, coalesce(staged.account, '') AS account,
                             staged.period, mapped.budget_line,
                             CASE WHEN staged.actual_text ~ %1$s THEN staged.actual_text::NUMERIC(15,2) END AS actual,
                             CASE WHEN staged.forecast_text ~ %1$s THEN staged.forecast_text::NUMERIC(15,2) END AS forecast
                      FROM (SELECT row_number, btrim(cost_centre) AS cost_centre, btrim(account) AS account, NULLIF(btrim(period), '') AS period,
                                   coalesce(btrim(actual_to_date), '') AS actual_text, coalesce(btrim(forecast_outturn), '') AS forecast_text
                            FROM ledger_staging OFFSET 0) staged
                      LEFT JOIN ledger_mapping_row mapped
                             ON mapped.mapping_id = ?::UUID AND mapped.cost_centre = staged.cost_centre AND mapped.account = staged.account
                      OFFSET 0) checked
                GROUP BY budget_line ORDER BY budget_line""".formatted(AMOUNT, LIMIT))) {
            // OFFSET 0 keeps each subquery's values computed once per row (trimmed once, each amount tested and cast once).
            int i = 1;
            count.setArray(i++, connection.createArrayOf("text", budget.lines().stream().map(Budget.Line::code).toArray()));
            count.setString(i++, year.start().toString());
            count.setString(i++, year.end().withDayOfMonth(1).toString());
            count.setObject(i, mapping.id());
            try (ResultSet counted = count.executeQuery()) {
                while (counted.next()) {
                    unmapped += counted.getLong(2);
                    badAmounts += counted.getLong(3);
                    wrongPeriods += counted.getLong(4);
                    if (counted.getString(1) != null) {
                        lines.add(new AddedLine(counted.getString(1), counted.getInt(5), counted.getBigDecimal(6), counted.getBigDecimal(7)));
                    }
                }
            }
        }
        long keys;
        try (Statement statement = connection.createStatement();
             ResultSet distinct = statement.executeQuery("""
                     SELECT count(*) FROM (
                         SELECT 1 FROM ledger_staging
                         GROUP BY btrim(cost_centre), btrim(account), NULLIF(btrim(transaction_reference), ''), NULLIF(btrim(period), '')
                     ) key""")) {
            distinct.next();
            keys = distinct.getLong(1);
        }
        counts.put(LedgerFault.UNMAPPED_CODE, unmapped);
        counts.put(LedgerFault.BAD_AMOUNT, badAmounts);
        // Every row after the first of its key is a duplicate.
        counts.put(LedgerFault.DUPLICATE_ROW, rows - keys);
        counts.put(LedgerFault.PERIOD_OUTSIDE_YEAR, wrongPeriods);
        added = List.copyOf(lines);
        return counts;
    }

    /** Maps each staged row to its budget line and says what is wrong with it, if anything (for a file with faults). */
    private void markRows(Connection connection, Budget budget, FinancialYear year) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE TEMPORARY TABLE ledger_checked (
                        row_number            INTEGER,
                        cost_centre           TEXT,
                        account               TEXT,
                        transaction_reference TEXT,
                        period                TEXT,
                        budget_line           TEXT,
                        actual                NUMERIC(15,2),
                        forecast              NUMERIC(15,2),
                        unmapped              TEXT,
                        actual_fault          TEXT,
                        forecast_fault        TEXT,
                        duplicate             TEXT,
                        wrong_period          TEXT
                    ) ON COMMIT DROP""");
        }
        try (PreparedStatement mark = connection.prepareStatement("""
                INSERT INTO ledger_checked
                WITH staged AS (
                    SELECT row_number, btrim(cost_centre) AS cost_centre, btrim(account) AS account,
                           NULLIF(btrim(transaction_reference), '') AS transaction_reference, NULLIF(btrim(period), '') AS period,
                           coalesce(btrim(actual_to_date), '') AS actual_text, coalesce(btrim(forecast_outturn), '') AS forecast_text
                    FROM ledger_staging
                ), keyed AS (
                    SELECT staged.*, mapped.budget_line,
                           min(staged.row_number) OVER (PARTITION BY staged.cost_centre, staged.account, transaction_reference, period) AS first_row
                    FROM staged
                    LEFT JOIN ledger_mapping_row mapped
                           ON mapped.mapping_id = ?::UUID AND mapped.cost_centre = staged.cost_centre AND mapped.account = staged.account
                )
                SELECT row_number, cost_centre, account, transaction_reference, period, budget_line,
                       CASE WHEN actual_text ~ %1$s THEN CASE WHEN actual_text::NUMERIC <= %4$s THEN actual_text::NUMERIC(15,2) END END AS actual,
                       CASE WHEN forecast_text ~ %1$s THEN CASE WHEN forecast_text::NUMERIC <= %4$s THEN forecast_text::NUMERIC(15,2) END END AS forecast,
                       CASE WHEN coalesce(cost_centre, '') = '' THEN 'cost_centre is empty'
                            WHEN coalesce(account, '') = '' THEN 'account is empty'
                            WHEN budget_line IS NULL
                                THEN format('cost centre %%s and account %%s are not in the ledger mapping (version %%s)', cost_centre, account, ?::INTEGER)
                            WHEN NOT budget_line = ANY (?::TEXT[])
                                THEN format('cost centre %%s and account %%s map to budget line %%s, which the %%s budget does not have',
                                            cost_centre, account, budget_line, ?::TEXT)
                       END AS unmapped,
                       %5$s AS actual_fault,
                       %6$s AS forecast_fault,
                       CASE WHEN row_number > first_row
                            THEN format('the same cost centre, account, transaction reference and period as row %%s', first_row) END AS duplicate,
                       CASE WHEN period IS NULL THEN NULL
                            WHEN period !~ '^[0-9]{4}-(0[1-9]|1[0-2])$'
                                THEN format('period must be a month such as 2015-09, not %%s', quote_literal(left(period, 60)))
                            WHEN to_date(period || '-01', 'YYYY-MM-DD') NOT BETWEEN ?::DATE AND ?::DATE
                                THEN format('period %%s is outside the financial year %%s (%%s to %%s)', period, ?::TEXT, ?::TEXT, ?::TEXT)
                       END AS wrong_period
                FROM keyed""".formatted(AMOUNT, NEGATIVE, TOO_PRECISE, LIMIT, amountFault("actual_to_date", "actual_text"),
                amountFault("forecast_outturn", "forecast_text")))) {
            int i = 1;
            mark.setObject(i++, mapping.id());
            mark.setInt(i++, mapping.version());
            mark.setArray(i++, connection.createArrayOf("text", budget.lines().stream().map(Budget.Line::code).toArray()));
            mark.setString(i++, budget.financialYear());
            mark.setString(i++, year.start().toString());
            mark.setString(i++, year.end().withDayOfMonth(1).toString());
            mark.setString(i++, year.label());
            mark.setString(i++, year.start().toString());
            mark.setString(i, year.end().toString());
            mark.execute();
        }
    }

    private static String amountFault(String column, String text) {
        return ("CASE WHEN %2$s = '' THEN '%1$s is empty'"
                + " WHEN %2$s ~ " + NEGATIVE + " THEN format('%1$s %%s is negative: amounts are from 0.00 to 1000000000.00', %2$s)"
                + " WHEN %2$s ~ " + TOO_PRECISE + " THEN format('%1$s %%s has more than two decimal places', %2$s)"
                + " WHEN %2$s !~ " + AMOUNT + " THEN format('%1$s must be an amount in pounds such as 348000.00, not %%s', quote_literal(left(%2$s, 60)))"
                + " WHEN %2$s::NUMERIC > " + LIMIT + " THEN format('%1$s %%s is over the limit of 1000000000.00', %2$s)"
                + " END").formatted(column, text);
    }

    /** Every fault of the marked rows, the first by row and each kind counted. */
    private Checked listFaults(Connection connection, List<Problem.Violation> faults) throws SQLException {
        Map<LedgerFault, Long> counts = new EnumMap<>(LedgerFault.class);
        try (Statement statement = connection.createStatement();
             ResultSet counted = statement.executeQuery("""
                     SELECT count(unmapped), count(actual_fault) + count(forecast_fault), count(duplicate), count(wrong_period)
                     FROM ledger_checked""")) {
            counted.next();
            counts.put(LedgerFault.UNMAPPED_CODE, counted.getLong(1));
            counts.put(LedgerFault.BAD_AMOUNT, counted.getLong(2));
            counts.put(LedgerFault.DUPLICATE_ROW, counted.getLong(3));
            counts.put(LedgerFault.PERIOD_OUTSIDE_YEAR, counted.getLong(4));
        }
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        try (Statement statement = connection.createStatement();
             ResultSet listed = statement.executeQuery("""
                     SELECT row_number, message FROM (
                         SELECT row_number, 1 AS kind, unmapped AS message FROM ledger_checked WHERE unmapped IS NOT NULL
                         UNION ALL SELECT row_number, 2, actual_fault FROM ledger_checked WHERE actual_fault IS NOT NULL
                         UNION ALL SELECT row_number, 3, forecast_fault FROM ledger_checked WHERE forecast_fault IS NOT NULL
                         UNION ALL SELECT row_number, 4, duplicate FROM ledger_checked WHERE duplicate IS NOT NULL
                         UNION ALL SELECT row_number, 5, wrong_period FROM ledger_checked WHERE wrong_period IS NOT NULL
                     ) fault ORDER BY row_number, kind LIMIT %d""".formatted(LedgerHeader.LIMIT_LISTED))) {
            while (listed.next()) {
                faults.add(new Problem.Violation("row " + listed.getInt(1), listed.getString(2)));
            }
        }
        if (total > LedgerHeader.LIMIT_LISTED) {
            faults.add(new Problem.Violation("file", "and " + (total - LedgerHeader.LIMIT_LISTED) + " more faults"));
        }
        counts.forEach((kind, count) -> {
            if (count > 0) {
                faults.add(new Problem.Violation(kind.countField(), Long.toString(count)));
            }
        });
        return Checked.refused(faults);
    }

    /** The lines the rows add up to, for a file without a faulty row; or what is still wrong with it as a whole. */
    private Checked addUp(Budget budget, List<Problem.Violation> faults) {
        Map<String, BigDecimal[]> lines = new LinkedHashMap<>();
        for (AddedLine line : added) {
            lines.put(line.code(), new BigDecimal[] {line.actual(), line.forecast()});
        }
        if (rows == 0) {
            faults.add(new Problem.Violation("file", "the file has no rows after its header"));
        }
        for (Budget.Line line : budget.lines()) {
            if (rows > 0 && !lines.containsKey(line.code())) {
                faults.add(new Problem.Violation("file", "budget line " + line.code() + " is missing: no row maps to it "
                        + "(a return gives every budget line; a line with nothing spent has a row of 0.00)"));
            }
        }
        Money actual = Money.ZERO;
        Money forecast = Money.ZERO;
        for (BigDecimal[] sums : lines.values()) {
            actual = actual.plus(Money.of(sums[0]));
            forecast = forecast.plus(Money.of(sums[1]));
        }
        if (actual.isGreaterThan(Budget.MAXIMUM) || forecast.isGreaterThan(Budget.MAXIMUM)) {
            faults.add(new Problem.Violation("file", "the rows add up to more than " + Budget.MAXIMUM + ", the largest total a return can hold"));
        }
        return faults.isEmpty() ? new Checked(List.of(), lines.size(), actual, forecast) : Checked.refused(faults);
    }

    /**
     * Stores the rows as imported, each with its budget line, and the return's lines as their sums; a job learns its
     * outcome in the same transaction, so that it says SUCCEEDED exactly when the return is stored.
     */
    @Override
    public void store(MonitoringReturn imported, Budget budget, Path file) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement ledger = connection.prepareStatement(
                    "INSERT INTO ledger_return (return_id, mapping_id, row_count) VALUES (?, ?, ?)");
                 PreparedStatement lines = connection.prepareStatement("""
                         INSERT INTO monitoring_return_line (return_id, line_code, row_number, actual_to_date, forecast_outturn)
                         VALUES (?, ?, ?, ?, ?)""");
                 PreparedStatement rowsAsImported = connection.prepareStatement("""
                         INSERT INTO ledger_line (return_id, row_number, cost_centre, account, transaction_reference, period, budget_line,
                                                  actual_to_date, forecast_outturn)
                         SELECT ?, staged.row_number, btrim(staged.cost_centre), btrim(staged.account),
                                NULLIF(btrim(staged.transaction_reference), ''), NULLIF(btrim(staged.period), ''), mapped.budget_line,
                                btrim(staged.actual_to_date)::NUMERIC(15,2), btrim(staged.forecast_outturn)::NUMERIC(15,2)
                         FROM ledger_staging staged
                         JOIN ledger_mapping_row mapped
                           ON mapped.mapping_id = ?::UUID AND mapped.cost_centre = btrim(staged.cost_centre) AND mapped.account = btrim(staged.account)""")) {
                ledger.setObject(1, imported.id());
                ledger.setObject(2, mapping.id());
                ledger.setInt(3, rows);
                ledger.executeUpdate();
                int stored = 0;
                for (AddedLine line : added) {
                    lines.setObject(1, imported.id());
                    lines.setString(2, line.code());
                    lines.setInt(3, line.firstRow());
                    lines.setBigDecimal(4, line.actual());
                    lines.setBigDecimal(5, line.forecast());
                    stored += lines.executeUpdate();
                }
                rowsAsImported.setObject(1, imported.id());
                rowsAsImported.setObject(2, mapping.id());
                int storedRows = rowsAsImported.executeUpdate();
                if (stored != imported.lineCount() || storedRows != rows) {
                    throw new IllegalStateException("The import stored " + stored + " lines and " + storedRows + " rows where the check found "
                            + imported.lineCount() + " and " + rows + "; nothing was applied");
                }
            }
        });
        if (jobId != null && !jobs.succeed(jobId, imported.id(), false, rows, Instant.now(clock))) {
            throw new IllegalStateException("The ledger import job " + jobId + " was marked failed while it ran; nothing was applied");
        }
    }

    /** A budget line as the rows add up to it: its first row and the sums of the rows' amounts. */
    private record AddedLine(String code, int firstRow, BigDecimal actual, BigDecimal forecast) {
    }

    /** Counts the rows as the file streams past, for a job's progress. */
    private static final class RowCounter extends FilterInputStream {

        private final AtomicLong rows;
        private long newlines;

        RowCounter(InputStream in, AtomicLong rows) {
            super(in);
            this.rows = rows;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            for (int i = offset; i < offset + read; i++) {
                if (buffer[i] == '\n') {
                    newlines++;
                }
            }
            rows.set(Math.max(0, newlines - 1));
            return read;
        }
    }
}
