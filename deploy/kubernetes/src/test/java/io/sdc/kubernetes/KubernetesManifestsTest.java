package io.sdc.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * No Kubernetes cluster runs where the tests run, so the manifests under deploy/kubernetes are checked by building
 * each overlay (as Kustomize would, see {@link Kustomize}) and reading the result: every document is the resource its
 * apiVersion and kind claim ({@link StrictModels}); every application of the repository runs as its own configuration
 * declares (port, health probes, replicas, disruption budget, autoscaler, network policy, metrics), with environment
 * variables that name configuration keys it reads and nothing it needs left unset; its database and broker are the
 * ones the manifests create; and every topic it publishes to or consumes exists with at least as many partitions as
 * the most instances its autoscaler may run.
 */
class KubernetesManifestsTest {

    private static final ObjectMapper YAML_NODES = new ObjectMapper();
    private static final List<String> OVERLAYS = List.of("small", "production");
    private static final List<ApplicationConfiguration> APPLICATIONS = ApplicationConfiguration.all();
    private static final Map<String, Installation> BUILDS = new LinkedHashMap<>();

    /**
     * Read by the runtime image's start script (run-java.sh of ubi9/openjdk-17-runtime, deploy/docker/Dockerfile), not by
     * the application.
     */
    private static final Set<String> IMAGE_VARIABLES = Set.of("JAVA_MAX_MEM_RATIO", "JAVA_INITIAL_MEM_RATIO", "JAVA_OPTS_APPEND");

    private static final List<String> HEALTH = List.of("startupProbe:/q/health/started", "readinessProbe:/q/health/ready",
            "livenessProbe:/q/health/live");

    static Installation build(String overlay) {
        return BUILDS.computeIfAbsent(overlay, Installation::of);
    }

    static Stream<Installation> installations() {
        return OVERLAYS.stream().map(KubernetesManifestsTest::build);
    }

    static Stream<Arguments> applicationsPerInstallation() {
        return installations().flatMap(installation -> APPLICATIONS.stream().map(application -> Arguments.of(installation, application)));
    }

    @Test
    void knowsTheRepositorysApplications() {
        assertThat(APPLICATIONS).extracting(application -> application.name).contains("contract-service", "performance-service",
                "finance-service", "notification-service", "report-service", "portal");
    }

    @Test
    void namesConfigurationKeysInQuarkusEnvironmentForm() {
        ApplicationConfiguration notification = application("notification-service");
        ApplicationConfiguration portal = application("portal");
        assertThat(notification.keyOf("SDC_NOTIFICATIONS_SECRET_KEY")).hasValueSatisfying(key -> assertThat(key).startsWith("sdc.notifications.secret-key"));
        assertThat(notification.keyOf("QUARKUS_MAILER_PASSWORD")).as("quarkus-mailer's model").isPresent();
        assertThat(notification.keyOf("QUARKUS_DATASOURCE_JDBC_MAX_SIZE")).as("quarkus-agroal's model").isPresent();
        assertThat(notification.keyOf("SDC_NOTIFICATIONS_SECRET")).isEmpty();
        assertThat(notification.keyOf("QUARKUS_OIDC_CLIENT_ID")).as("notification-service has no OIDC extension").isEmpty();
        assertThat(portal.keyOf("QUARKUS_OIDC_CREDENTIALS_SECRET")).isPresent();
        assertThat(portal.keyOf("KAFKA_BOOTSTRAP_SERVERS")).as("the portal has no Kafka").isEmpty();
        assertThat(portal.keyOf("MP_JWT_VERIFY_ISSUER")).as("nor platform's token verification").isEmpty();
        assertThat(notification.requiredWithoutValue()).contains("SDC_NOTIFICATIONS_SECRET_KEY");
        assertThat(portal.requiredWithoutValue()).contains("SDC_PORTAL_SESSION_KEY").doesNotContain("SDC_PORTAL_SERVICES_CONTRACT");
        assertThat(application("report-service").value("sdc.events.topic")).hasValue("report.events");
        assertThat(notification.value("sdc.notifications.dead-letter-topics"))
                .hasValueSatisfying(topics -> assertThat(topics).contains("contract-service.dead-letter"));
        assertThat(notification.value("sdc.notifications.webhook-allow-list")).hasValue("https://localhost/");
    }

    @ParameterizedTest
    @MethodSource("installations")
    void everyDocumentIsTheResourceItClaimsToBe(Installation installation) {
        Set<String> identities = new LinkedHashSet<>();
        for (ObjectNode document : installation.documents()) {
            Object model = StrictModels.read(document);
            assertThat(model).isNotNull();
            assertThat(identities.add(document.path("kind").asText() + "/" + document.at("/metadata/name").asText()))
                    .as(installation + ": " + document.path("kind").asText() + " " + document.at("/metadata/name").asText() + " once")
                    .isTrue();
            if (!document.path("kind").asText().equals("Namespace")) {
                assertThat(document.at("/metadata/namespace").asText()).as("namespace").isEqualTo("sdc");
            }
        }
        assertThat(installation.ofKind("Kafka")).hasSize(1);
        assertThat(installation.ofKind("KafkaNodePool")).isNotEmpty();
        assertThat(installation.ofKind("Cluster")).hasSize(1);
    }

    @Test
    void refusesFieldsAndValuesTheModelsDoNotKnow() throws Exception {
        ObjectNode deployment = build("small").get("Deployment", "contract-service").deepCopy();
        ((ObjectNode) deployment.path("spec")).put("replica", 2);
        assertThatThrownBy(() -> StrictModels.read(deployment)).hasMessageContaining("replica");

        ObjectNode port = build("small").get("Deployment", "contract-service").deepCopy();
        ((ObjectNode) port.at("/spec/template/spec/containers/0/ports/0")).put("containerPort", "eighty");
        assertThatThrownBy(() -> StrictModels.read(port)).hasMessageContaining("Deployment");

        ObjectNode topic = build("small").get("KafkaTopic", "contract.events").deepCopy();
        ((ObjectNode) topic.path("spec")).put("partition", 3);
        assertThatThrownBy(() -> StrictModels.read(topic)).hasMessageContaining("partition");

        ObjectNode cluster = build("small").get("Cluster", "sdc-postgres").deepCopy();
        ((ObjectNode) cluster.path("spec")).put("instance", 3);
        assertThatThrownBy(() -> StrictModels.read(cluster)).hasMessageContaining("instance");

        ObjectNode unknownKind = new ObjectMapper().createObjectNode().put("apiVersion", "v1").put("kind", "Pod");
        assertThatThrownBy(() -> StrictModels.read(unknownKind)).hasMessageContaining("no model");
    }

    @ParameterizedTest
    @MethodSource("applicationsPerInstallation")
    void runsEachApplicationAsItsConfigurationDeclares(Installation installation, ApplicationConfiguration application) {
        String name = application.name;
        int port = Integer.parseInt(application.value("quarkus.http.port").orElseThrow());

        JsonNode deployment = installation.get("Deployment", name);
        assertThat(deployment.at("/spec/replicas").asInt()).as(name + " replicas").isGreaterThanOrEqualTo(2);
        JsonNode labels = deployment.at("/spec/template/metadata/labels");
        assertThat(labels.path("app.kubernetes.io/name").asText()).isEqualTo(name);
        assertThat(deployment.at("/spec/selector/matchLabels/app.kubernetes.io~1name").asText()).isEqualTo(name);
        JsonNode container = container(deployment);
        assertThat(container.path("image").asText()).as(name + " image, built by deploy/docker/Dockerfile")
                .matches("[a-z0-9.-]+(:[0-9]+)?/sdc-platform/" + name + ":[A-Za-z0-9._-]+");
        assertThat(container.at("/ports/0/name").asText()).isEqualTo("http");
        assertThat(container.at("/ports/0/containerPort").asInt()).as(name + " container port = quarkus.http.port").isEqualTo(port);
        assertThat(container.path("ports")).hasSize(1);
        for (String probe : HEALTH) {
            String[] kindAndPath = probe.split(":");
            JsonNode check = container.path(kindAndPath[0]).path("httpGet");
            assertThat(check.path("path").asText()).as(name + " " + kindAndPath[0]).isEqualTo(kindAndPath[1]);
            assertThat(check.path("port").asText()).as(name + " " + kindAndPath[0] + " port").isEqualTo("http");
        }
        assertThat(application.extensions()).as(name + " has the health endpoints").contains("quarkus-smallrye-health");
        for (String resource : List.of("requests/cpu", "requests/memory", "limits/memory")) {
            assertThat(container.at("/resources/" + resource).asText()).as(name + " " + resource).isNotBlank();
        }

        JsonNode service = installation.get("Service", name);
        assertThat(service.at("/spec/selector/app.kubernetes.io~1name").asText()).isEqualTo(name);
        assertThat(service.at("/spec/ports/0/port").asInt()).as(name + " Service port").isEqualTo(port);
        assertThat(service.at("/spec/ports/0/targetPort").asText()).isEqualTo("http");

        JsonNode budget = installation.get("PodDisruptionBudget", name);
        assertThat(budget.at("/spec/minAvailable").asInt()).isEqualTo(1);
        assertThat(budget.at("/spec/selector/matchLabels/app.kubernetes.io~1name").asText()).isEqualTo(name);

        JsonNode autoscaler = installation.get("HorizontalPodAutoscaler", name);
        assertThat(autoscaler.at("/spec/scaleTargetRef/kind").asText()).isEqualTo("Deployment");
        assertThat(autoscaler.at("/spec/scaleTargetRef/name").asText()).isEqualTo(name);
        assertThat(autoscaler.at("/spec/minReplicas").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(autoscaler.at("/spec/maxReplicas").asInt()).isGreaterThanOrEqualTo(autoscaler.at("/spec/minReplicas").asInt());
        assertThat(autoscaler.at("/spec/metrics/0/resource/name").asText()).isEqualTo("cpu");

        JsonNode policy = installation.get("NetworkPolicy", name);
        assertThat(policy.at("/spec/podSelector/matchLabels/app.kubernetes.io~1name").asText()).isEqualTo(name);
        assertThat(policy.at("/spec/policyTypes").toString()).contains("Ingress", "Egress");
        assertThat(policy.at("/spec/ingress").findValues("port")).as(name + " admits traffic to its port only")
                .allMatch(value -> value.asInt() == port);

        boolean metrics = application.extensions().contains("quarkus-micrometer-registry-prometheus");
        assertThat(installation.find("ServiceMonitor", name)).as(name + " is scraped exactly when it has a Prometheus registry")
                .isEqualTo(metrics ? installation.find("ServiceMonitor", name) : java.util.Optional.empty());
        if (metrics) {
            JsonNode monitor = installation.get("ServiceMonitor", name);
            assertThat(monitor.at("/spec/selector/matchLabels/app.kubernetes.io~1name").asText()).isEqualTo(name);
            assertThat(monitor.at("/spec/endpoints/0/port").asText()).isEqualTo("http");
            assertThat(monitor.at("/spec/endpoints/0/path").asText()).isEqualTo("/q/metrics");
        }
    }

    @ParameterizedTest
    @MethodSource("applicationsPerInstallation")
    void givesEachApplicationOnlyConfigurationItReadsAndAllItNeeds(Installation installation, ApplicationConfiguration application) {
        Map<String, JsonNode> environment = environment(installation, application.name);
        List<String> unknown = new ArrayList<>();
        for (String variable : environment.keySet()) {
            if (!IMAGE_VARIABLES.contains(variable) && application.keyOf(variable).isEmpty()) {
                unknown.add(variable);
            }
        }
        assertThat(unknown).as(application.name + ": environment variables that name no configuration key it reads").isEmpty();
        assertThat(ApplicationConfiguration.read(ApplicationConfiguration.ROOT.resolve("deploy/docker/Dockerfile")))
                .as("the image whose run-java.sh reads " + IMAGE_VARIABLES)
                .contains("FROM registry.access.redhat.com/ubi9/openjdk-17-runtime", "run-java.sh");
        assertThat(environment.keySet()).as(application.name + ": keys without a value in its configuration")
                .containsAll(application.requiredWithoutValue());
        assertThat(environment.get("QUARKUS_HTTP_PORT").asText())
                .isEqualTo(application.value("quarkus.http.port").orElseThrow());

        for (Map.Entry<String, JsonNode> variable : environment.entrySet()) {
            JsonNode reference = variable.getValue().path("configMapKeyRef");
            if (!reference.isMissingNode()) {
                installation.configValue(reference.path("name").asText(), reference.path("key").asText());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("applicationsPerInstallation")
    void connectsEachServiceToItsOwnDatabaseAndTheBroker(Installation installation, ApplicationConfiguration application) {
        Map<String, JsonNode> environment = environment(installation, application.name);
        if (!application.extensions().contains("quarkus-jdbc-postgresql")) {
            assertThat(environment).doesNotContainKey("QUARKUS_DATASOURCE_JDBC_URL");
            return;
        }
        JsonNode cluster = installation.ofKind("Cluster").findFirst().orElseThrow();
        String clusterName = cluster.at("/metadata/name").asText();
        String url = environment.get("QUARKUS_DATASOURCE_JDBC_URL").asText();
        assertThat(url).as(application.name + " database").startsWith("jdbc:postgresql://" + clusterName + "-rw:5432/");
        String database = url.substring(url.lastIndexOf('/') + 1);
        assertThat(application.value("quarkus.datasource.jdbc.url").orElseThrow()).as("the database it names itself").endsWith("/" + database);

        // The owner of the database and the secret holding the owner's password.
        String owner;
        String secret;
        if (cluster.at("/spec/bootstrap/initdb/database").asText().equals(database)) {
            owner = cluster.at("/spec/bootstrap/initdb/owner").asText();
            secret = cluster.at("/spec/bootstrap/initdb/secret/name").asText(clusterName + "-app");
        } else {
            JsonNode resource = installation.ofKind("Database").filter(d -> d.at("/spec/name").asText().equals(database))
                    .findFirst().orElseThrow(() -> new AssertionError("no Database " + database));
            assertThat(resource.at("/spec/cluster/name").asText()).isEqualTo(clusterName);
            owner = resource.at("/spec/owner").asText();
            JsonNode role = null;
            for (JsonNode candidate : cluster.at("/spec/managed/roles")) {
                if (candidate.path("name").asText().equals(owner)) {
                    role = candidate;
                }
            }
            assertThat(role).as("managed role " + owner).isNotNull();
            assertThat(role.path("login").asBoolean()).isTrue();
            secret = role.at("/passwordSecret/name").asText();
        }
        assertThat(owner).isEqualTo(database);
        for (String credential : List.of("USERNAME:username", "PASSWORD:password")) {
            String[] variableAndKey = credential.split(":");
            JsonNode reference = environment.get("QUARKUS_DATASOURCE_" + variableAndKey[0]).path("secretKeyRef");
            assertThat(reference.path("name").asText()).as(application.name + " database " + variableAndKey[1]).isEqualTo(secret);
            assertThat(reference.path("key").asText()).isEqualTo(variableAndKey[1]);
        }

        JsonNode kafka = installation.ofKind("Kafka").findFirst().orElseThrow();
        JsonNode plain = kafka.at("/spec/kafka/listeners/0");
        assertThat(environment.get("KAFKA_BOOTSTRAP_SERVERS").asText()).as(application.name + " broker")
                .isEqualTo(kafka.at("/metadata/name").asText() + "-kafka-bootstrap:" + plain.path("port").asInt());
        assertThat(kafka.at("/spec/kafka/version").asText()).as("the Kafka the services' clients and tests use").isEqualTo("4.0.0");
    }

    @ParameterizedTest
    @MethodSource("installations")
    void hasEveryTopicTheServicesUseWithPartitionsForTheirInstances(Installation installation) {
        String platformProcessor = ApplicationConfiguration.read(
                ApplicationConfiguration.ROOT.resolve("platform/src/main/java/io/sdc/platform/events/EventProcessor.java"));
        assertThat(platformProcessor).as("a consumer copies its dead letters to <service>.dead-letter")
                .contains("service + \".dead-letter\"");
        String kafkaName = installation.ofKind("Kafka").findFirst().orElseThrow().at("/metadata/name").asText();
        int brokers = installation.ofKind("KafkaNodePool").filter(pool -> pool.at("/spec/roles").toString().contains("broker"))
                .mapToInt(pool -> pool.at("/spec/replicas").asInt()).sum();

        Set<String> used = new LinkedHashSet<>();
        for (ApplicationConfiguration application : APPLICATIONS) {
            if (!application.onPlatform) {
                continue;
            }
            Set<String> topics = new LinkedHashSet<>();
            application.value("sdc.events.topic").ifPresent(topics::add);
            List<String> subscriptions = list(application.value("sdc.events.subscriptions").orElse(""));
            topics.addAll(subscriptions);
            if (!subscriptions.isEmpty()) {
                topics.add(application.value("quarkus.application.name").orElseThrow() + ".dead-letter");
            }
            application.value("sdc.notifications.dead-letter-topics").ifPresent(watched -> topics.addAll(list(watched)));

            int instances = installation.get("HorizontalPodAutoscaler", application.name).at("/spec/maxReplicas").asInt();
            for (String topic : topics) {
                JsonNode resource = installation.find("KafkaTopic", topic)
                        .orElseThrow(() -> new AssertionError(installation + ": no KafkaTopic " + topic + ", used by " + application.name));
                assertThat(resource.at("/metadata/labels/strimzi.io~1cluster").asText()).isEqualTo(kafkaName);
                assertThat(resource.at("/spec/partitions").asInt())
                        .as(installation + ": partitions of " + topic + " for up to " + instances + " instances of " + application.name)
                        .isGreaterThanOrEqualTo(instances);
            }
            used.addAll(topics);
        }
        assertThat(used).contains("contract.events", "performance.events", "finance.events", "report.events",
                "contract-service.dead-letter", "notification-service.dead-letter");
        installation.ofKind("KafkaTopic").forEach(topic -> {
            String name = topic.at("/metadata/name").asText();
            assertThat(used).as(installation + ": KafkaTopic " + name + " is used by a service").contains(name);
            int replicas = topic.at("/spec/replicas").asInt();
            assertThat(replicas).as(name + " replicas on " + brokers + " brokers").isBetween(1, brokers);
            if (brokers >= 3) {
                assertThat(replicas).as(name + " survives the loss of a broker").isGreaterThanOrEqualTo(3);
            }
        });
        JsonNode config = installation.ofKind("Kafka").findFirst().orElseThrow().at("/spec/kafka/config");
        assertThat(config.path("auto.create.topics.enable").asBoolean(true)).isFalse();
        assertThat(config.path("min.insync.replicas").asInt()).isLessThanOrEqualTo(Math.max(1, brokers - 1));
    }

    /**
     * Every connection an application's configuration makes (an http:// address of another Deployment, its JDBC URL,
     * the Kafka bootstrap address) is let out by its own NetworkPolicy and let in by the other side's (for Kafka, by
     * the listener's networkPolicyPeers, which Strimzi makes into the brokers' NetworkPolicy).
     */
    @ParameterizedTest
    @MethodSource("applicationsPerInstallation")
    void letsThroughEveryConnectionTheConfigurationMakes(Installation installation, ApplicationConfiguration application) {
        JsonNode source = installation.get("Deployment", application.name).at("/spec/template/metadata/labels");
        JsonNode egress = installation.get("NetworkPolicy", application.name).at("/spec/egress");
        int connections = 0;
        for (Map.Entry<String, JsonNode> variable : environment(installation, application.name).entrySet()) {
            String value = variable.getValue().asText();
            java.util.regex.Matcher http = java.util.regex.Pattern.compile("^https?://([a-z0-9-]+):(\\d+)(/.*)?$").matcher(value);
            if (http.matches()) {
                JsonNode target = installation.get("Deployment", http.group(1)).at("/spec/template/metadata/labels");
                JsonNode service = installation.get("Service", http.group(1));
                assertThat(service.at("/spec/ports/0/port").asInt()).as(variable.getKey()).isEqualTo(Integer.parseInt(http.group(2)));
                int port = container(installation.get("Deployment", http.group(1))).at("/ports/0/containerPort").asInt();
                assertThat(admits(egress, "to", target, port)).as(application.name + " may call " + value).isTrue();
                assertThat(admits(installation.get("NetworkPolicy", http.group(1)).at("/spec/ingress"), "from", source, port))
                        .as(http.group(1) + " admits " + application.name).isTrue();
                connections++;
            }
        }
        if (application.extensions().contains("quarkus-jdbc-postgresql")) {
            JsonNode postgres = YAML_NODES.createObjectNode().put("cnpg.io/cluster", "sdc-postgres");
            assertThat(admits(egress, "to", postgres, 5432)).as(application.name + " reaches PostgreSQL").isTrue();
            assertThat(admits(installation.get("NetworkPolicy", "sdc-postgres").at("/spec/ingress"), "from", source, 5432))
                    .as("PostgreSQL admits " + application.name).isTrue();
            JsonNode kafka = installation.ofKind("Kafka").findFirst().orElseThrow();
            JsonNode broker = YAML_NODES.createObjectNode().put("strimzi.io/cluster", kafka.at("/metadata/name").asText())
                    .put("strimzi.io/broker-role", "true");
            JsonNode listener = kafka.at("/spec/kafka/listeners/0");
            assertThat(admits(egress, "to", broker, listener.path("port").asInt())).as(application.name + " reaches Kafka").isTrue();
            assertThat(admits(YAML_NODES.createArrayNode().add(YAML_NODES.createObjectNode().<ObjectNode>set("from",
                    listener.path("networkPolicyPeers"))), "from", source, listener.path("port").asInt()))
                    .as("Kafka's listener admits " + application.name).isTrue();
            connections += 2;
        }
        assertThat(connections).as(application.name + " connects to something").isPositive();
    }

    /** Whether one of the rules lets a pod with these labels, in this namespace, through on this port. */
    private static boolean admits(JsonNode rules, String direction, JsonNode labels, int port) {
        for (JsonNode rule : rules) {
            boolean portMatches = !rule.has("ports")
                    || rule.path("ports").findValues("port").stream().anyMatch(value -> value.asInt() == port);
            boolean peerMatches = false;
            for (JsonNode peer : rule.path(direction)) {
                if (peer.has("namespaceSelector") || !peer.has("podSelector")) {
                    continue;
                }
                boolean all = true;
                for (Map.Entry<String, JsonNode> label : peer.at("/podSelector/matchLabels").properties()) {
                    all &= labels.path(label.getKey()).asText().equals(label.getValue().asText());
                }
                peerMatches |= all;
            }
            if (portMatches && peerMatches) {
                return true;
            }
        }
        return false;
    }

    @ParameterizedTest
    @MethodSource("installations")
    void signsPeopleInWithTheRepositorysRealm(Installation installation) throws Exception {
        Path realmFile = ApplicationConfiguration.ROOT.resolve("deploy/keycloak/sdc-realm.json");
        String realmText = installation.configValue("sdc-realm", "sdc-realm.json");
        assertThat(realmText).as("the realm imported is the repository's").isEqualTo(Files.readString(realmFile));
        JsonNode realm = new ObjectMapper().readTree(realmText);
        String realmName = realm.path("realm").asText();

        String identityProvider = installation.configValue("sdc-public-urls", "identity-provider");
        String portalUrl = installation.configValue("sdc-public-urls", "portal");
        assertThat(installation.configValue("sdc-public-urls", "issuer")).isEqualTo(identityProvider + "/realms/" + realmName);
        assertThat(hosts(installation.get("Ingress", "portal"))).containsExactly(java.net.URI.create(portalUrl).getHost());
        assertThat(hosts(installation.get("Ingress", "keycloak"))).containsExactly(java.net.URI.create(identityProvider).getHost());

        JsonNode keycloak = container(installation.get("Deployment", "keycloak"));
        assertThat(keycloak.path("args").toString()).contains("--import-realm");
        assertThat(installation.get("Deployment", "keycloak").at("/spec/template/spec/volumes/0/configMap/name").asText())
                .isEqualTo("sdc-realm");
        assertThat(realm.toString()).as("the realm reads the portal's client secret from the environment")
                .contains("${SDC_PORTAL_CLIENT_SECRET}");
        assertThat(containerEnvironment(keycloak)).containsKey("SDC_PORTAL_CLIENT_SECRET");

        for (ApplicationConfiguration application : APPLICATIONS) {
            Map<String, JsonNode> environment = environment(installation, application.name);
            if (application.onPlatform) {
                assertThat(environment.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION").asText())
                        .isEqualTo("http://keycloak:8080/realms/" + realmName + "/protocol/openid-connect/certs");
                assertThat(environment.get("MP_JWT_VERIFY_ISSUER").at("/configMapKeyRef/key").asText()).isEqualTo("issuer");
            } else {
                String clientId = environment.get("QUARKUS_OIDC_CLIENT_ID").asText();
                assertThat(realm.path("clients").findValuesAsText("clientId")).contains(clientId);
                assertThat(environment.get("QUARKUS_OIDC_AUTH_SERVER_URL").asText()).isEqualTo("http://keycloak:8080/realms/" + realmName);
                assertThat(environment.get("QUARKUS_OIDC_TOKEN_ISSUER").at("/configMapKeyRef/key").asText()).isEqualTo("issuer");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("installations")
    void namesInTheReadmeEverySecretItReferences(Installation installation) {
        String readme = ApplicationConfiguration.read(ApplicationConfiguration.ROOT.resolve("README.md"));
        int section = readme.indexOf("\n## Kubernetes");
        assertThat(section).as("README.md has a Kubernetes section").isPositive();
        String kubernetes = readme.substring(section, readme.indexOf("\n## ", section + 1) < 0 ? readme.length()
                : readme.indexOf("\n## ", section + 1));
        String generated = installation.ofKind("Cluster").findFirst().orElseThrow().at("/metadata/name").asText() + "-app";
        for (JsonNode reference : installation.documents().stream().flatMap(document -> document.findValues("secretKeyRef").stream()).toList()) {
            String name = reference.path("name").asText();
            assertThat(kubernetes).as("README names secret " + name).contains(name);
            if (!name.equals(generated)) {
                assertThat(kubernetes).as("README names key " + reference.path("key").asText() + " of " + name)
                        .containsPattern(name + "[^\\n]*" + reference.path("key").asText());
            }
        }
    }

    private static ApplicationConfiguration application(String name) {
        return APPLICATIONS.stream().filter(application -> application.name.equals(name)).findFirst().orElseThrow();
    }

    private static List<String> hosts(JsonNode ingress) {
        return ingress.at("/spec/rules").findValuesAsText("host");
    }

    private static JsonNode container(JsonNode deployment) {
        JsonNode containers = deployment.at("/spec/template/spec/containers");
        assertThat(containers).hasSize(1);
        return containers.get(0);
    }

    private static Map<String, JsonNode> containerEnvironment(JsonNode container) {
        Map<String, JsonNode> environment = new LinkedHashMap<>();
        for (JsonNode variable : container.path("env")) {
            assertThat(environment.put(variable.path("name").asText(), variable.has("value") ? variable.path("value") : variable.path("valueFrom")))
                    .as("variable " + variable.path("name").asText() + " set once").isNull();
        }
        return environment;
    }

    /** The container's environment: its ConfigMaps' entries (envFrom) and its own env, values or references. */
    private static Map<String, JsonNode> environment(Installation installation, String deployment) {
        JsonNode container = container(installation.get("Deployment", deployment));
        Map<String, JsonNode> environment = new LinkedHashMap<>();
        for (JsonNode source : container.path("envFrom")) {
            String configMap = source.at("/configMapRef/name").asText();
            assertThat(configMap).as(deployment + " takes its environment from ConfigMaps only").isNotEmpty();
            installation.get("ConfigMap", configMap).path("data").properties().forEach(entry -> {
                assertThat(environment.put(entry.getKey(), entry.getValue())).as(entry.getKey() + " set once").isNull();
            });
        }
        containerEnvironment(container).forEach((name, value) ->
                assertThat(environment.put(name, value)).as(deployment + ": " + name + " set once").isNull());
        return environment;
    }

    private static List<String> list(String commaSeparated) {
        return Stream.of(commaSeparated.split(",")).map(String::strip).filter(item -> !item.isEmpty()).toList();
    }
}
