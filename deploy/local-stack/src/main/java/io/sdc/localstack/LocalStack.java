package io.sdc.localstack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the whole platform on one machine: PostgreSQL (embedded, or a server named by configuration), a Kafka
 * KRaft broker and the four services, each writing its log to a file under the data directory. Waits until every
 * service is ready, prints where to reach them, and on Ctrl-C stops everything cleanly; the data stays, so the
 * next start finds it. While it runs, a service or the broker that dies is started again (see {@link Supervisor}).
 */
public final class LocalStack {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final LocalStackOptions options;
    private final Path home;
    private final Path dataDirectory;
    private final Path logDirectory;
    private final List<ManagedProcess> services = new ArrayList<>();
    private ManagedProcess portal;
    private ManagedProcess kafka;
    private DatabaseServer database;
    private LocalTokens tokens;
    private MailSink mail;
    private Supervisor supervisor;
    private String notificationSecretKey;

    LocalStack(LocalStackOptions options, Path home) {
        this.options = options;
        this.home = home;
        this.dataDirectory = options.dataDirectory(home);
        this.logDirectory = dataDirectory.resolve("logs");
    }

    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        LocalStackOptions options;
        try {
            options = LocalStackOptions.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(LocalStackOptions.usage());
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(LocalStackOptions.usage());
            return;
        }
        LocalStack stack = new LocalStack(options, options.home(defaultHome()));
        try {
            stack.checkBeforeStart();
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stack.stop();
            stopped.countDown();
        }, "local-stack-shutdown"));
        try {
            stack.start();
        } catch (Exception e) {
            System.err.println();
            System.err.println("The local stack did not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Everything that can be checked before anything starts: the services are built and every port is free. */
    void checkBeforeStart() {
        options.demoData();
        List<String> missing = new ArrayList<>();
        for (ServiceDefinition service : ServiceDefinition.values()) {
            if (!Files.isRegularFile(service.runnableJar(home))) {
                missing.add(service.runnableJar(home).toString());
            }
        }
        if (!Files.isRegularFile(portalJar(home))) {
            missing.add(portalJar(home).toString());
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The services are not built; run ./mvnw package -DskipTests in " + home
                    + " first. Missing: " + String.join(", ", missing));
        }
        Map<Integer, String> ports = new LinkedHashMap<>();
        if (options.externalPostgresUrl().isEmpty()) {
            ports.put(options.postgresPort(), "PostgreSQL (--postgres-port)");
        }
        ports.merge(options.kafkaPort(), "Kafka (--kafka-port)", LocalStack::clash);
        ports.merge(options.kafkaControllerPort(), "the Kafka controller (--kafka-controller-port)", LocalStack::clash);
        ports.merge(options.smtpPort(), "the SMTP server (--smtp-port)", LocalStack::clash);
        for (ServiceDefinition service : ServiceDefinition.values()) {
            ports.merge(options.httpPort(service), service.module() + " (--" + service.portOption() + ")", LocalStack::clash);
        }
        ports.merge(options.portalPort(), "the portal (--portal-port)", LocalStack::clash);
        List<String> busy = new ArrayList<>();
        ports.forEach((port, user) -> {
            if (!Ports.isFree(port)) {
                busy.add("  port " + port + " for " + user);
            }
        });
        if (!busy.isEmpty()) {
            throw new IllegalStateException("These ports are already in use (is another local stack running?):\n"
                    + String.join("\n", busy)
                    + "\nStop what uses them, or choose other ports with the options named (see --help).");
        }
    }

    private static String clash(String first, String second) {
        throw new IllegalArgumentException("The same port is configured for " + first + " and " + second);
    }

    void start() throws Exception {
        boolean firstStart = !Files.exists(dataDirectory.resolve("postgres").resolve("PG_VERSION"))
                && !Files.exists(dataDirectory.resolve("kafka").resolve("meta.properties"));
        Files.createDirectories(logDirectory);
        System.out.println((firstStart ? "Starting a new local stack in " : "Starting the local stack from its data in ")
                + dataDirectory);

        tokens = LocalTokens.in(dataDirectory.resolve("keys"));
        notificationSecretKey = LocalTokens.secretKey(dataDirectory.resolve("keys").resolve("notification-secret-key"));
        database = startDatabase();
        for (ServiceDefinition service : ServiceDefinition.values()) {
            database.ensureDatabase(service.database());
        }
        step("PostgreSQL ready at " + database.jdbcUrl(""));

        kafka = ManagedProcess.start("kafka", List.of(ManagedProcess.javaExecutable(), "-Xmx512m",
                        "-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
                        "-cp", System.getProperty("java.class.path"),
                        KafkaServerMain.class.getName(),
                        dataDirectory.resolve("kafka").toString(),
                        String.valueOf(options.kafkaPort()),
                        String.valueOf(options.kafkaControllerPort())),
                Map.of(), logDirectory.resolve("kafka.log"));
        awaitPort(kafka, options.kafkaPort());
        String bootstrapServers = "localhost:" + options.kafkaPort();
        createTopics(bootstrapServers);
        step("Kafka ready at " + bootstrapServers + " with topics " + String.join(", ", ServiceDefinition.topics()));
        mail = MailSink.start(options.smtpPort(), dataDirectory.resolve("mail"));
        step("SMTP server ready at localhost:" + options.smtpPort() + ", keeping email in " + mail.directory());

        for (ServiceDefinition service : ServiceDefinition.values()) {
            Path quarkusApp = service.runnableJar(home).getParent();
            services.add(ManagedProcess.start(service.module(), ServiceJvm.command(quarkusApp), quarkusApp,
                    serviceEnvironment(service, bootstrapServers),
                    logDirectory.resolve(service.module() + ".log")));
        }
        portal = ManagedProcess.start("portal",
                List.of(ManagedProcess.javaExecutable(), "-Xmx256m", "-jar", portalJar(home).toString()),
                portalEnvironment(), logDirectory.resolve("portal.log"));
        for (int i = 0; i < services.size(); i++) {
            awaitReady(services.get(i), options.httpPort(ServiceDefinition.values()[i]));
        }
        awaitReady(portal, options.portalPort());
        superviseComponents();
        Optional<Path> demo = options.demoData() ? loadDemoData() : Optional.empty();
        Map<String, String> issued = tokens.tokensPerRole();
        printSummary(bootstrapServers, writeTokens(issued), issued, demo);
    }

    /** From now on a component that dies is started again, and the console says so. */
    private void superviseComponents() {
        supervisor = new Supervisor(LocalStack::step, Supervisor.Backoff.DEFAULT);
        supervisor.watch(kafka, Optional.empty());
        for (int i = 0; i < services.size(); i++) {
            supervisor.watch(services.get(i), Optional.of(URI.create(
                    "http://localhost:" + options.httpPort(ServiceDefinition.values()[i]) + "/q/health/ready")));
        }
        supervisor.watch(portal, Optional.of(URI.create("http://localhost:" + options.portalPort() + "/q/health/ready")));
    }

    /** The packaged portal, the web front end people use. */
    static Path portalJar(Path home) {
        return home.resolve("portal").resolve("target").resolve("quarkus-app").resolve("quarkus-run.jar");
    }

    /**
     * The portal calls the services as the signed-in person; under the local stack people sign in locally, with
     * tokens the portal signs with the launcher's key, and its sessions are sealed with a key kept beside it.
     */
    private Map<String, String> portalEnvironment() throws IOException {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("QUARKUS_HTTP_PORT", String.valueOf(options.portalPort()));
        for (ServiceDefinition service : ServiceDefinition.values()) {
            environment.put("SDC_PORTAL_SERVICES_" + service.database().toUpperCase(java.util.Locale.ROOT),
                    "http://localhost:" + options.httpPort(service));
        }
        environment.put("SDC_PORTAL_SESSION_KEY", LocalTokens.secretKey(dataDirectory.resolve("keys").resolve("portal-session-key")));
        environment.put("SDC_PORTAL_LOCAL_SIGN_IN_PRIVATE_KEY_LOCATION", tokens.privateKey().toString());
        environment.put("SDC_PORTAL_LOCAL_SIGN_IN_ISSUER", LocalTokens.ISSUER);
        return environment;
    }

    /**
     * Loads the seeds' contract through the services' APIs unless it is already there, and writes the ids of its
     * resources to demo.env. A failure is reported and leaves the platform running.
     */
    private Optional<Path> loadDemoData() {
        Map<ServiceDefinition, String> baseUrls = new LinkedHashMap<>();
        for (ServiceDefinition service : ServiceDefinition.values()) {
            baseUrls.put(service, "http://localhost:" + options.httpPort(service));
        }
        DemoData demoData = new DemoData(new ServiceApi(tokens, "demo-data@local-stack", baseUrls));
        try {
            if (demoData.loadUnlessPresent()) {
                step("Demo data loaded: contract " + DemoData.REFERENCE + " as at its first annual review");
            } else {
                step("Demo data already present: contract " + DemoData.REFERENCE);
            }
            Map<String, String> ids = demoData.ids();
            List<String> missing = DemoData.NAMES.stream().filter(name -> !ids.containsKey(name)).toList();
            if (!missing.isEmpty()) {
                System.err.println("  The demo data is incomplete (was a first start stopped while loading it?): no "
                        + String.join(", ", missing) + ". Remove " + dataDirectory + " to load it again.");
            }
            return Optional.of(DemoData.writeEnvironment(dataDirectory.resolve("demo.env"), ids));
        } catch (IOException | RuntimeException e) {
            System.err.println("  The demo data could not be loaded: " + e.getMessage());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Writes a fresh token per role to tokens.env (for {@code source}) and returns the file. */
    private Path writeTokens(Map<String, String> issued) throws IOException {
        StringBuilder file = new StringBuilder("# Bearer tokens for the local stack, valid 12 hours. Use: source ")
                .append(dataDirectory.resolve("tokens.env")).append(System.lineSeparator());
        for (Map.Entry<String, String> token : issued.entrySet()) {
            file.append("export TOKEN_").append(token.getKey().toUpperCase(java.util.Locale.ROOT).replace('-', '_'))
                    .append('=').append(token.getValue()).append(System.lineSeparator());
        }
        Path tokenFile = dataDirectory.resolve("tokens.env");
        Files.writeString(tokenFile, file);
        return tokenFile;
    }

    private DatabaseServer startDatabase() throws IOException {
        Optional<String> external = options.externalPostgresUrl();
        if (external.isPresent()) {
            return DatabaseServer.external(external.get(), options.postgresUser(), options.postgresPassword());
        }
        return DatabaseServer.embedded(embeddedPostgres(dataDirectory.resolve("postgres"), options.postgresPort(),
                logDirectory.resolve("postgres.log")));
    }

    /** The embedded PostgreSQL the local stack runs: its data kept, and durable (fsync and synchronous commit on). */
    static PostgresServer embeddedPostgres(Path dataDirectory, int port, Path logFile) throws IOException {
        return PostgresServer.start(dataDirectory, port, Optional.of(logFile), true, PostgresServer.Durability.DURABLE);
    }

    private void createTopics(String bootstrapServers) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            KafkaTopics.ensure(admin, ServiceDefinition.topics(), 3);
        }
    }

    private Map<String, String> serviceEnvironment(ServiceDefinition service, String bootstrapServers) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("QUARKUS_HTTP_PORT", String.valueOf(options.httpPort(service)));
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl(service.database()));
        environment.put("QUARKUS_DATASOURCE_USERNAME", database.user());
        database.password().ifPresent(password -> environment.put("QUARKUS_DATASOURCE_PASSWORD", password));
        environment.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
        environment.put("QUARKUS_HTTP_CORS_ORIGINS", options.portalOrigins());
        environment.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", tokens.publicKey().toUri().toString());
        environment.put("MP_JWT_VERIFY_ISSUER", LocalTokens.ISSUER);
        if (service == ServiceDefinition.NOTIFICATION) {
            environment.put("SDC_NOTIFICATIONS_SECRET_KEY", notificationSecretKey);
            environment.put("QUARKUS_MAILER_HOST", "localhost");
            environment.put("QUARKUS_MAILER_PORT", String.valueOf(options.smtpPort()));
        }
        if (service == ServiceDefinition.REPORT) {
            // Reports are assembled from the other services' public APIs, as the person asking.
            for (ServiceDefinition source : ServiceDefinition.values()) {
                if (source != ServiceDefinition.REPORT) {
                    environment.put("SDC_REPORT_SERVICES_" + source.database().toUpperCase(java.util.Locale.ROOT),
                            "http://localhost:" + options.httpPort(source));
                }
            }
        }
        return environment;
    }

    private void awaitPort(ManagedProcess process, int port) throws InterruptedException {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Ports.isFree(port)) {
            failIfGone(process, deadline);
            Thread.sleep(200);
        }
    }

    private void awaitReady(ManagedProcess service, int port) throws IOException, InterruptedException, URISyntaxException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest readiness = HttpRequest.newBuilder(new URI("http://localhost:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (true) {
            failIfGone(service, deadline);
            try {
                if (http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    step(service.name() + " ready on port " + port);
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep waiting
            }
            Thread.sleep(500);
        }
    }

    private static void failIfGone(ManagedProcess process, Instant deadline) {
        if (!process.isAlive()) {
            throw new IllegalStateException(process.name() + " stopped while starting. End of " + process.logFile()
                    + ":\n" + process.logTail(30));
        }
        if (Instant.now().isAfter(deadline)) {
            throw new IllegalStateException(process.name() + " was not ready within " + READY_TIMEOUT.toMinutes()
                    + " minutes. End of " + process.logFile() + ":\n" + process.logTail(30));
        }
    }

    private void printSummary(String bootstrapServers, Path tokenFile, Map<String, String> issued, Optional<Path> demo) {
        StringBuilder text = new StringBuilder(System.lineSeparator())
                .append("The Service Delivery Contract platform is running.").append(System.lineSeparator())
                .append(System.lineSeparator())
                .append("  Portal: open http://localhost:").append(options.portalPort())
                .append("/ and sign in as one of the demo people (local sign-in):").append(System.lineSeparator());
        for (String role : LocalTokens.ROLES) {
            text.append(String.format("    %-18s %s@local-stack%n", role, role));
        }
        text.append(System.lineSeparator());
        text.append(String.format("  %-22s %-30s %-36s %s%n", "service", "API", "Swagger UI", "health"));
        for (ServiceDefinition service : ServiceDefinition.values()) {
            String base = "http://localhost:" + options.httpPort(service);
            text.append(String.format("  %-22s %-30s %-36s %s%n", service.module(), base + "/api/v1",
                    base + "/q/swagger-ui", base + "/q/health"));
        }
        text.append(System.lineSeparator())
                .append("  PostgreSQL  ").append(database.jdbcUrl("<service database>")).append(" (user ")
                .append(database.user()).append(')').append(System.lineSeparator())
                .append("  Kafka       ").append(bootstrapServers).append(System.lineSeparator())
                .append("  SMTP        localhost:").append(options.smtpPort()).append(" (email kept in ").append(mail.directory())
                .append(')').append(System.lineSeparator())
                .append("  Data        ").append(dataDirectory).append(System.lineSeparator())
                .append("  Logs        ").append(logDirectory).append(System.lineSeparator())
                .append(System.lineSeparator())
                .append("Bearer tokens, valid 12 hours (also in ").append(tokenFile).append(", for: source ").append(tokenFile)
                .append("):").append(System.lineSeparator());
        for (Map.Entry<String, String> token : issued.entrySet()) {
            text.append(String.format("  %-18s %s%n", token.getKey(), token.getValue()));
        }
        demo.ifPresent(file -> text.append(System.lineSeparator()).append("The demo contract's ids are in ").append(file)
                .append(" (source it too for the README's walkthrough).").append(System.lineSeparator()));
        text.append(System.lineSeparator())
                .append("Press Ctrl-C to stop; the data stays for the next start.").append(System.lineSeparator());
        System.out.print(text);
    }

    /** Stops the services, then Kafka, then PostgreSQL; safe to call more than once. */
    synchronized void stop() {
        if (services.isEmpty() && portal == null && kafka == null && database == null && mail == null) {
            return;
        }
        System.out.println("Stopping the local stack...");
        if (supervisor != null) {
            supervisor.close();
            supervisor = null;
        }
        if (portal != null) {
            portal.stop(STOP_GRACE);
            portal = null;
        }
        services.parallelStream().forEach(service -> service.stop(STOP_GRACE));
        services.clear();
        if (mail != null) {
            mail.close();
            mail = null;
        }
        if (kafka != null) {
            kafka.stop(STOP_GRACE);
            kafka = null;
        }
        if (database != null) {
            try {
                database.close();
            } catch (Exception e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            database = null;
        }
        System.out.println("Stopped. Data kept in " + dataDirectory);
    }

    private static void step(String message) {
        System.out.println("  " + message);
    }

    /** The checkout the launcher was built in: three levels above deploy/local-stack/target. */
    private static Path defaultHome() {
        try {
            Path location = Path.of(LocalStack.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path candidate = location; candidate != null; candidate = candidate.getParent()) {
                if (Files.isRegularFile(candidate.resolve("pom.xml")) && Files.isDirectory(candidate.resolve("contract-service"))) {
                    return candidate;
                }
            }
        } catch (URISyntaxException | SecurityException e) {
            // fall through to the working directory
        }
        return Path.of("").toAbsolutePath();
    }
}
