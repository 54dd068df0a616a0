package io.sdc.finance.monitoring;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.sdc.finance.support.FinanceTestSupport;
import io.sdc.platform.security.Roles;
import io.sdc.platform.testing.TestTokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayOutputStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static io.sdc.finance.support.FinanceTestSupport.approvedStaffingAndPlacements201516;
import static io.sdc.finance.support.FinanceTestSupport.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The documented limit of a monitoring return, 64 MB, is reachable: a file above the HTTP layer's usual 10 MB is
 * read and checked like any other; a body above the limit is refused with 413 as a problem.
 */
@QuarkusTest
@Timeout(120)
class ReturnUploadLimitTest {

    private static final int MB = 1024 * 1024;

    @Inject
    FinanceTestSupport support;

    @TestHTTPResource("/")
    URL base;

    private String budget;

    @BeforeEach
    void approvedBudgetFor201516() throws Exception {
        UUID contract = support.knownContract();
        budget = approvedStaffingAndPlacements201516(contract);
    }

    @Test
    void anElevenMegabyteReturnIsReadAndImported() throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream(11 * MB + 200);
        file.writeBytes("budget_line,actual_to_date,forecast_outturn\nstaffing,9100000.00,18200000.00\nplacements,6420000.00,12848000.00\n"
                .getBytes(StandardCharsets.UTF_8));
        // An export padded with rows of blank cells, as spreadsheets write them; they are skipped.
        byte[] emptyRows = (" ".repeat(1021) + ",,\n").repeat(11 * 1024).getBytes(StandardCharsets.UTF_8);
        file.writeBytes(emptyRows);

        upload(file.toByteArray()).then().statusCode(201).body("lines", equalTo(2)).body("forecastOutturn", equalTo("31048000.00"));
        as(Roles.AUDITOR).get("/api/v1/budgets/" + budget + "/monitoring-returns").then().body("size()", equalTo(1));
    }

    @Test
    void aBodyAboveTheLimitIsRefusedWith413AsAProblem() throws Exception {
        byte[] tooLarge = new byte[66 * MB];
        Arrays.fill(tooLarge, (byte) 'x');

        Answer answer = post(tooLarge);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        as(Roles.AUDITOR).get("/api/v1/budgets/" + budget + "/monitoring-returns").then().body("size()", equalTo(0));
    }

    @Test
    void aFileJustAboveSixtyFourMegabytesIsRefusedWith413AsAProblem() throws Exception {
        byte[] tooLarge = new byte[64 * MB + 1];
        Arrays.fill(tooLarge, (byte) 'x');

        Answer answer = post(tooLarge);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body()).contains("64 MB");
        as(Roles.AUDITOR).get("/api/v1/budgets/" + budget + "/monitoring-returns").then().body("size()", equalTo(0));
    }

    record Answer(int status, String contentType, String body) {
    }

    /**
     * Posts the body as a CSV return over a plain socket: the body is written on its own thread, so that a server
     * refusing it before reading it all (and closing the connection) is heard rather than taken for a broken pipe.
     */
    private Answer post(byte[] body) throws Exception {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/budgets/" + budget + "/monitoring-returns?period=2015-Q3 HTTP/1.1\r\n"
                    + "Host: " + base.getHost() + ":" + base.getPort() + "\r\n"
                    + "Authorization: Bearer " + TestTokens.forUser("finance.officer", Roles.TRUST_FINANCE) + "\r\n"
                    + "Content-Type: text/csv\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread writer = new Thread(() -> {
                try {
                    out.write(body);
                    out.flush();
                } catch (IOException refusedBeforeTheEnd) {
                    // The server answered and closed the connection before it took the whole body.
                }
            });
            writer.start();
            BufferedInputStream in = new BufferedInputStream(socket.getInputStream());
            int status;
            Map<String, String> headers = new HashMap<>();
            do {
                String statusLine = line(in);
                status = Integer.parseInt(statusLine.split(" ")[1]);
                headers.clear();
                for (String header = line(in); !header.isEmpty(); header = line(in)) {
                    int colon = header.indexOf(':');
                    headers.put(header.substring(0, colon).strip().toLowerCase(Locale.ROOT), header.substring(colon + 1).strip());
                }
            } while (status == 100);
            String length = headers.get("content-length");
            byte[] content = length != null ? in.readNBytes(Integer.parseInt(length)) : new byte[0];
            socket.close();
            writer.join(60_000);
            return new Answer(status, headers.getOrDefault("content-type", ""), new String(content, StandardCharsets.UTF_8));
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b == -1) {
                throw new IOException("The connection closed before the answer ended");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    private io.restassured.response.Response upload(byte[] body) {
        return given().auth().oauth2(TestTokens.forUser("finance.officer", Roles.TRUST_FINANCE)).contentType("text/csv").body(body)
                .post("/api/v1/budgets/" + budget + "/monitoring-returns?period=2015-Q3");
    }
}
