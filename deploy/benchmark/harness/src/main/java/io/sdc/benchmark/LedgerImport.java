package io.sdc.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import org.postgresql.PGConnection;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * A ledger export: a generated file of {@code ledgerRows} rows (cost centre, account, actual to date, forecast outturn,
 * a transaction reference) imported into the demo's 2015/16 budget for 2015-Q4 through finance-service's ledger
 * import, under a mapping of its cost centres and accounts to the budget's four lines that the benchmark PUTs first;
 * timed from the start of the POST to the return stored (the answer, or for a large file the job's SUCCEEDED, asked
 * every 20 ms). Beside it, PostgreSQL's {@code COPY} of the same file into a plain table on the same server.
 */
public final class LedgerImport {

    static final String NAME = "Ledger export import";
    private static final String[] LINES = {"staffing", "placements", "commissioned-services", "overheads"};
    private static final int COST_CENTRES = 40;
    private static final int ACCOUNTS = 25;
    private static final String PERIOD = "2015-Q4";

    private LedgerImport() {
    }

    public static List<Row> measure(Endpoints platform, Sizes sizes) throws Exception {
        String name = NAME + ", " + String.format(Locale.ROOT, "%,d", sizes.ledgerRows()) + " rows";
        String token = platform.token("trust-finance");
        URI mapping = platform.url("finance-service", "/api/v1/contracts/" + platform.demo("CONTRACT") + "/ledger-mapping");
        URI openApi = platform.url("finance-service", "/q/openapi?format=json");
        if (!Http.expect(Http.get(openApi, null), 200, "GET " + openApi).body().contains("/ledger-returns")) {
            return List.of(Row.notMeasured(name, ">= 0.5x", "ledger import not available (not in finance-service's OpenAPI)"));
        }
        HttpResponse<String> current = Http.get(mapping, token);
        Path file = ledgerFile(platform.workDirectory(), sizes.ledgerRows());
        putMapping(mapping, token, current);

        URI imports = platform.url("finance-service", "/api/v1/budgets/" + platform.demo("BUDGET_2015_16") + "/ledger-returns?period=" + PERIOD);
        long started = System.nanoTime();
        HttpResponse<String> answer = Http.CLIENT.send(Http.request(imports, token).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 202) {
            awaitJob(platform, token, Http.json(answer).get("id").asText());
        } else if (answer.statusCode() != 201 && answer.statusCode() != 200) {
            throw new IllegalStateException("The ledger import answered " + answer.statusCode() + ": " + answer.body());
        }
        double oursSeconds = (System.nanoTime() - started) / 1e9;
        double copySeconds = copy(platform, file);
        double ours = sizes.ledgerRows() / oursSeconds;
        double limit = sizes.ledgerRows() / copySeconds;
        return List.of(Row.of(name, "rows/s", ours, limit, "COPY into a plain table", ">= 0.5x", ours / limit >= 0.5));
    }

    /** Each cost centre and account mapped to one of the budget's lines, so that every line gets rows. */
    private static void putMapping(URI mapping, String token, HttpResponse<String> current) throws Exception {
        StringBuilder csv = new StringBuilder("cost_centre,account,budget_line\n");
        for (int c = 0; c < COST_CENTRES; c++) {
            for (int a = 0; a < ACCOUNTS; a++) {
                csv.append(costCentre(c)).append(',').append(account(a)).append(',').append(LINES[(c * ACCOUNTS + a) % LINES.length]).append('\n');
            }
        }
        HttpRequest.Builder put = Http.request(mapping, token).header("Content-Type", "text/csv")
                .PUT(HttpRequest.BodyPublishers.ofString(csv.toString()));
        if (current.statusCode() == 200) {
            put.header("If-Match", Http.etag(current));
        }
        HttpResponse<String> answer = Http.CLIENT.send(put.build(), HttpResponse.BodyHandlers.ofString());
        Http.expect(answer, 200, "PUT " + mapping);
    }

    /** The generated export: rows spread over the mapped cost centres and accounts, each its own transaction. */
    static Path ledgerFile(Path directory, int rows) throws Exception {
        Path file = directory.resolve("ledger-" + rows + ".csv");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("cost_centre,account,actual_to_date,forecast_outturn,transaction_reference\n");
            for (int i = 0; i < rows; i++) {
                int pair = i % (COST_CENTRES * ACCOUNTS);
                long pence = 1000 + (i * 7919L) % 99000;
                out.write(costCentre(pair / ACCOUNTS) + "," + account(pair % ACCOUNTS) + "," + pounds(pence) + "," + pounds(pence * 2)
                        + ",TX" + (1_000_000 + i) + "\n");
            }
        }
        return file;
    }

    private static String costCentre(int index) {
        return "CC" + (100 + index);
    }

    private static String account(int index) {
        return String.valueOf(5000 + index * 10);
    }

    private static String pounds(long pence) {
        return pence / 100 + "." + String.format(Locale.ROOT, "%02d", pence % 100);
    }

    private static void awaitJob(Endpoints platform, String token, String job) throws Exception {
        URI uri = platform.url("finance-service", "/api/v1/ledger-import-jobs/" + job);
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode state = Http.json(Http.expect(Http.get(uri, token), 200, "GET " + uri));
            String status = state.path("status").asText();
            if (status.equals("SUCCEEDED")) {
                return;
            }
            if (status.equals("FAILED")) {
                throw new IllegalStateException("The ledger import job failed: " + state);
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("The ledger import job " + job + " did not finish in 10 minutes");
    }

    /** COPY of the file into a fresh plain table of a scratch database on the same server; answers the seconds it took. */
    private static double copy(Endpoints platform, Path file) throws Exception {
        try (Connection postgres = platform.database("postgres")) {
            boolean exists;
            try (PreparedStatement query = postgres.prepareStatement("select 1 from pg_database where datname = 'benchmark'");
                 ResultSet rows = query.executeQuery()) {
                exists = rows.next();
            }
            if (!exists) {
                try (Statement statement = postgres.createStatement()) {
                    statement.execute("create database benchmark");
                }
            }
        }
        try (Connection scratch = platform.database("benchmark")) {
            try (Statement statement = scratch.createStatement()) {
                statement.execute("drop table if exists ledger_copy");
                statement.execute("create table ledger_copy (cost_centre text, account text, actual_to_date numeric(14,2), "
                        + "forecast_outturn numeric(14,2), transaction_reference text)");
            }
            long started = System.nanoTime();
            try (InputStream in = Files.newInputStream(file)) {
                scratch.unwrap(PGConnection.class).getCopyAPI().copyIn(
                        "copy ledger_copy from stdin with (format csv, header true)", in);
            }
            return (System.nanoTime() - started) / 1e9;
        }
    }
}
