package io.sdc.portal.report;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * report-service as the report pages meet it, for the portal's tests: the recorded annual report of one contract,
 * its issued copies, the refusals it answers with, and its files. It answers 401 to a request without the person's
 * bearer token, and keeps each issue request's body for the test to read.
 */
public class RecordedReportService implements QuarkusTestResourceLifecycleManager {

    static final String CONTRACT = ReportViewTest.CONTRACT;
    static final String ISSUED = "5f0e2a4c-7b1d-4e3f-9a8b-1c2d3e4f5a6b";
    static final String PDF_SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    static final byte[] PDF = "%PDF-1.7 an annual report".getBytes(StandardCharsets.US_ASCII);
    static final byte[] FIGURES = "{\"contractYear\":\"2014/15\"}".getBytes(StandardCharsets.UTF_8);
    static final ConcurrentLinkedQueue<String> ISSUE_REQUESTS = new ConcurrentLinkedQueue<>();

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            try (exchange) {
                answer(exchange);
            }
        });
        server.start();
        return Map.of("sdc.portal.services.report", "http://localhost:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static void answer(HttpExchange exchange) throws IOException {
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        if (auth == null || !auth.startsWith("Bearer ey")) {
            send(exchange, 401, "application/problem+json", problem(401, "No bearer token", null));
            return;
        }
        String path = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery() == null ? "" : URLDecoder.decode(exchange.getRequestURI().getRawQuery(), StandardCharsets.UTF_8);
        String accept = String.valueOf(exchange.getRequestHeaders().getFirst("Accept"));
        String contract = "/api/v1/contracts/" + CONTRACT;
        String issued = "/api/v1/issued-reports/" + ISSUED;
        if (path.equals(contract + "/annual-report") && query.startsWith("contractYear=2014/15")) {
            if (query.endsWith("format=pdf") && accept.startsWith("application/pdf")) {
                exchange.getResponseHeaders().add("Content-Disposition", "attachment; filename=\"annual-report-DCST-SDC-2014-2014-15.pdf\"");
                send(exchange, 200, "application/pdf", PDF);
            } else if (query.endsWith("format=docx")) {
                exchange.getResponseHeaders().add("Content-Disposition", "attachment; filename=\"annual-report-DCST-SDC-2014-2014-15.docx\"");
                send(exchange, 200, Downloads.DOCX, new byte[] {0x50, 0x4b, 3, 4});
            } else {
                send(exchange, 200, "application/json", recorded("/report/annual-report.json"));
            }
        } else if (path.equals(contract + "/annual-report") && query.startsWith("contractYear=2013/14")) {
            send(exchange, 503, "application/problem+json", problem(503, "Service unavailable", "The finance service cannot be reached at the moment"));
        } else if (path.equals(contract + "/annual-report")) {
            send(exchange, 400, "application/problem+json", problem(400, "Validation failed",
                    "\"violations\":[{\"field\":\"contractYear\",\"message\":\"Give a contract year of the contract, like 2014/15\"}]"));
        } else if (path.equals(contract + "/issued-reports") && exchange.getRequestMethod().equals("POST")) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            ISSUE_REQUESTS.add(body);
            if (body.contains("\"confirmUnvalidated\":true") && body.contains("\"reason\":\"")) {
                exchange.getResponseHeaders().add("Location", issued);
                send(exchange, 201, "application/json", view());
            } else {
                send(exchange, 400, "application/problem+json", problem(400, "Validation failed",
                        "\"violations\":[{\"field\":\"confirmUnvalidated\",\"message\":\"must be true to issue a report on figures not all validated (Re-referrals, 2015-Q3: provisional)\"},"
                                + "{\"field\":\"reason\",\"message\":\"must say why the report is issued before its figures are validated\"}]"));
            }
        } else if (path.equals(contract + "/issued-reports")) {
            send(exchange, 200, "application/json", ("[" + new String(view(), StandardCharsets.UTF_8) + "]").getBytes(StandardCharsets.UTF_8));
        } else if (path.equals(issued)) {
            send(exchange, 200, "application/json", view());
        } else if (path.equals(issued + "/pdf")) {
            exchange.getResponseHeaders().add("ETag", "\"" + PDF_SHA + "\"");
            exchange.getResponseHeaders().add("Content-Disposition", "attachment; filename=\"annual-report-2014-15-1.pdf\"");
            send(exchange, 200, "application/pdf", PDF);
        } else if (path.equals(issued + "/figures")) {
            send(exchange, 200, "application/json", FIGURES);
        } else if (path.startsWith("/api/v1/issued-reports/")) {
            send(exchange, 404, "application/problem+json", problem(404, "Not found", "\"detail\":\"There is no issued report with this id\""));
        } else {
            send(exchange, 404, "application/problem+json", problem(404, "Not found", null));
        }
    }

    private static byte[] view() {
        return ("{\"id\":\"" + ISSUED + "\",\"contractId\":\"" + CONTRACT + "\",\"contractReference\":\"DCST-SDC-2014\","
                + "\"kind\":\"ANNUAL_REPORT\",\"period\":\"2014/15\",\"number\":1,\"issuedBy\":\"Demo <b>Commissioner</b>\","
                + "\"issuerRole\":\"commissioner\",\"issuedAt\":\"2015-12-01T10:15:00Z\",\"reason\":\"For the Secretary of State\","
                + "\"provisional\":true,\"unvalidated\":[\"Re-referrals, 2015-Q3: provisional\"],\"pdfSha256\":\"" + PDF_SHA + "\","
                + "\"figuresSha256\":\"60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752\"}").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] problem(int status, String title, String more) {
        String extra = more == null ? "" : more.startsWith("\"") ? "," + more : ",\"detail\":\"" + more + "\"";
        return ("{\"type\":\"about:blank\",\"status\":" + status + ",\"title\":\"" + title + "\"" + extra + "}").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] recorded(String resource) throws IOException {
        try (InputStream in = RecordedReportService.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }
}
