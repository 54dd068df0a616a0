package io.sdc.report;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.sdc.report.upstream.ServicesConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The contract, performance, finance and notification services as they answered the demo contract's auditor on the
 * shared local stack: one HTTP server serving the answers recorded under {@code src/test/resources/upstream/}, by
 * service, path and query. Each service is at its own base URL ({@code http://127.0.0.1:port/performance}), set as
 * {@code sdc.report.services.*} when used as a Quarkus test resource.
 * <p>
 * Like the real services it refuses a request without a bearer token (401) and answers 404 problem+json for a
 * contract it does not know; anything not recorded is 404 too. It keeps the {@code Authorization} header of every
 * request (readable at {@code GET /_recorded/authorizations}, newest last) so that tests can check the caller's token
 * was forwarded. A recorded answer is {@code upstream/<service>/<name>.json} where the name is the request's path and
 * raw query with {@code /api/v1/} dropped and every character other than letters, digits, {@code .} and {@code -}
 * made {@code _} (see {@link #fileName}). A field of type {@code RecordedServices} in a {@code @QuarkusTest} is given the
 * running server, e.g. to {@link #answer} a corrected figure.
 */
public class RecordedServices implements QuarkusTestResourceLifecycleManager {

    public static final List<String> SERVICES = List.of("contract", "performance", "finance", "notification");
    /** The demo contract, the one the recorded answers are of. */
    public static final String DEMO_CONTRACT = "565742b1-5c88-4c7b-8af8-283eb0145324";
    private static final Pattern CONTRACT_PATH = Pattern.compile("^/api/v1/contracts/([^/?]+)");
    private static final String JSON = "application/json";
    private static final String PROBLEM = "application/problem+json";

    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private Set<String> knownContracts;
    private HttpServer server;

    /** One answer: status and JSON body. */
    public record Answer(int status, String contentType, byte[] body) {
    }

    /** Started on a free port with the recorded answers, for a plain unit test; {@link #stop()} it afterwards. */
    public static RecordedServices started() {
        RecordedServices services = new RecordedServices();
        services.start();
        return services;
    }

    @Override
    public Map<String, String> start() {
        loadRecorded();
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the recorded services", e);
        }
        server.createContext("/", this::serve);
        server.start();
        Map<String, String> config = new HashMap<>();
        SERVICES.forEach(service -> config.put("sdc.report.services." + service, baseUrl(service)));
        return config;
    }

    /** Gives a {@code @QuarkusTest} the running services: any field of type {@code RecordedServices}, e.g. to change an answer. */
    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(this, new TestInjector.MatchesType(RecordedServices.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    public String baseUrl(String service) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + service;
    }

    /** The base URLs as the report service's typed config. */
    public ServicesConfig config() {
        return new ServicesConfig() {
            public URI contract() {
                return URI.create(baseUrl("contract"));
            }

            public URI performance() {
                return URI.create(baseUrl("performance"));
            }

            public URI finance() {
                return URI.create(baseUrl("finance"));
            }

            public URI notification() {
                return URI.create(baseUrl("notification"));
            }
        };
    }

    /** Answers {@code pathAndQuery} of {@code service} from now on with this status and body (e.g. a refusal). */
    public void answer(String service, String pathAndQuery, int status, String body) {
        answers.put(service + "/" + fileName(pathAndQuery),
                new Answer(status, status < 300 ? JSON : PROBLEM, body.getBytes(StandardCharsets.UTF_8)));
    }

    /** The Authorization header of each request served, oldest first ("" when there was none). */
    public List<String> authorizations() {
        return List.copyOf(authorizations);
    }

    /** The recorded file's name for a path and its raw query. */
    public static String fileName(String pathAndQuery) {
        String name = pathAndQuery.startsWith("/api/v1/") ? pathAndQuery.substring("/api/v1/".length()) : pathAndQuery;
        return name.replaceAll("[^A-Za-z0-9.-]", "_") + ".json";
    }

    /** The recorded JSON of a path as text, for tests that compare with it. */
    public static String recorded(String service, String pathAndQuery) {
        try {
            return Files.readString(root().resolve(service).resolve(fileName(pathAndQuery)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            String rawPath = exchange.getRequestURI().getRawPath();
            if (rawPath.equals("/_recorded/authorizations")) {
                String list = authorizations.stream().map(value -> "\"" + value.replace("\"", "\\\"") + "\"")
                        .collect(Collectors.joining(",", "[", "]"));
                send(exchange, new Answer(200, JSON, list.getBytes(StandardCharsets.UTF_8)));
                return;
            }
            authorizations.add(authorization == null ? "" : authorization);
            int slash = rawPath.indexOf('/', 1);
            String service = slash < 0 ? rawPath.substring(1) : rawPath.substring(1, slash);
            String path = slash < 0 ? "/" : rawPath.substring(slash);
            String query = exchange.getRequestURI().getRawQuery();
            String pathAndQuery = query == null ? path : path + "?" + query;
            if (!"GET".equals(exchange.getRequestMethod())) {
                send(exchange, problem(405, "method-not-allowed", "The recorded services answer GET only"));
            } else if (authorization == null || !authorization.startsWith("Bearer ") || authorization.length() <= 7) {
                send(exchange, problem(401, "not-authenticated", "Send a valid, unexpired bearer token issued for this platform"));
            } else {
                send(exchange, answerTo(service, pathAndQuery));
            }
        }
    }

    private Answer answerTo(String service, String pathAndQuery) {
        Answer answer = answers.get(service + "/" + fileName(pathAndQuery));
        if (answer != null) {
            return answer;
        }
        Matcher contract = CONTRACT_PATH.matcher(pathAndQuery);
        if (contract.find() && !knownContracts.contains(contract.group(1))) {
            return problem(404, "not-found", "No contract with id " + contract.group(1));
        }
        return problem(404, "not-found", "Nothing recorded for the " + service + " service at " + pathAndQuery);
    }

    private void loadRecorded() {
        knownContracts = new java.util.HashSet<>();
        Pattern contractFile = Pattern.compile("^contracts_([0-9a-f-]{36})");
        if (RecordedServices.class.getClassLoader().getResource("upstream") == null) {
            return;
        }
        for (String service : SERVICES) {
            Path directory = root().resolve(service);
            if (!Files.isDirectory(directory)) {
                continue;
            }
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                    String name = file.getFileName().toString();
                    answers.putIfAbsent(service + "/" + name, new Answer(200, JSON, Files.readAllBytes(file)));
                    Matcher contract = contractFile.matcher(name);
                    if (contract.find()) {
                        knownContracts.add(contract.group(1));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the recorded answers in " + directory, e);
            }
        }
    }

    private static Path root() {
        try {
            return Path.of(RecordedServices.class.getClassLoader().getResource("upstream").toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("The recorded answers (test resources upstream/) are not on the class path", e);
        }
    }

    private static Answer problem(int status, String type, String detail) {
        String body = "{\"type\":\"urn:sdc:problem:" + type + "\",\"title\":\"" + type + "\",\"status\":" + status
                + ",\"detail\":\"" + detail.replace("\"", "'") + "\"}";
        return new Answer(status, PROBLEM, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, Answer answer) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", answer.contentType());
        exchange.sendResponseHeaders(answer.status(), answer.body().length);
        exchange.getResponseBody().write(answer.body());
    }
}
