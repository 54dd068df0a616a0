package io.sdc.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No Docker engine runs where the tests run, so docker-compose.yml is checked by reading it: every service is
 * there, built from this checkout, on the port its configuration declares, pointed at its own database and the
 * broker, waiting for what it needs, and health-checked on its readiness endpoint; the portal is there too, built
 * without its local sign-in, calling each service where compose runs it and signing people in with Keycloak's realm.
 */
class DockerComposeConsistencyTest {

    private static final Path ROOT = Path.of(System.getProperty("sdc.repository.root", "../..")).toAbsolutePath().normalize();

    private static JsonNode compose;

    @BeforeAll
    static void readCompose() throws IOException {
        // SnakeYAML resolves the file's merge keys (<<: *anchor) as Docker Compose does.
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("docker-compose.yml"))) {
            compose = new ObjectMapper().valueToTree(new Yaml().load(reader));
        }
    }

    @ParameterizedTest
    @EnumSource(ServiceDefinition.class)
    void runsEachServiceAsItsConfigurationDeclares(ServiceDefinition service) throws IOException {
        Properties configuration = applicationProperties(service);
        String port = configuration.getProperty("quarkus.http.port");
        assertThat(port).as("quarkus.http.port of " + service.module()).isEqualTo(String.valueOf(service.defaultPort()));

        JsonNode container = compose.path("services").path(service.module());
        assertThat(container.isObject()).as(service.module() + " in docker-compose.yml").isTrue();

        JsonNode build = container.path("build");
        assertThat(build.path("context").asText()).isEqualTo(".");
        assertThat(ROOT.resolve(build.path("dockerfile").asText())).isRegularFile();
        assertThat(build.path("args").path("SERVICE").asText()).isEqualTo(service.module());

        JsonNode environment = container.path("environment");
        assertThat(environment.path("QUARKUS_HTTP_PORT").asText()).isEqualTo(port);
        assertThat(environment.path("QUARKUS_DATASOURCE_JDBC_URL").asText())
                .isEqualTo("jdbc:postgresql://postgres:5432/" + service.database());
        assertThat(environment.path("KAFKA_BOOTSTRAP_SERVERS").asText())
                .isEqualTo(compose.at("/services/kafka/environment/KAFKA_ADVERTISED_LISTENERS").asText().replace("PLAINTEXT://", ""));
        assertThat(texts(container.path("ports"))).containsExactly(port + ":" + port);

        JsonNode dependsOn = container.path("depends_on");
        assertThat(dependsOn.at("/postgres/condition").asText()).isEqualTo("service_healthy");
        assertThat(dependsOn.at("/kafka/condition").asText()).isEqualTo("service_healthy");
        assertThat(dependsOn.at("/kafka-topics/condition").asText()).isEqualTo("service_completed_successfully");
        for (String dependency : fieldNames(dependsOn)) {
            assertThat(compose.path("services").has(dependency)).as("dependency " + dependency).isTrue();
        }

        assertThat(dependsOn.at("/keycloak/condition").asText()).isEqualTo("service_healthy");
        String realm = realmName();
        assertThat(environment.path("MP_JWT_VERIFY_ISSUER").asText())
                .isEqualTo(compose.at("/services/keycloak/environment/KC_HOSTNAME").asText() + "/realms/" + realm);
        assertThat(environment.path("MP_JWT_VERIFY_PUBLICKEY_LOCATION").asText())
                .isEqualTo("http://keycloak:8080/realms/" + realm + "/protocol/openid-connect/certs");

        assertThat(texts(container.at("/healthcheck/test")))
                .contains("http://localhost:" + port + "/q/health/ready");
    }

    @ParameterizedTest
    @EnumSource(ServiceDefinition.class)
    void givesEachServiceTheTopicsItUses(ServiceDefinition service) throws IOException {
        Properties configuration = applicationProperties(service);
        String topicsCreated = compose.at("/services/kafka-topics/command/0").asText();
        service.topic().ifPresent(topic -> {
            assertThat(configuration.getProperty("sdc.events.topic")).isEqualTo(topic);
            assertThat(topicsCreated).contains(topic);
        });
        String subscriptions = configuration.getProperty("sdc.events.subscriptions", "");
        for (String subscription : subscriptions.split(",")) {
            if (!subscription.isBlank()) {
                assertThat(ServiceDefinition.topics()).contains(subscription.trim());
                assertThat(topicsCreated).contains(subscription.trim());
            }
        }
    }

    @Test
    void createsEveryServiceDatabase() throws IOException {
        JsonNode postgres = compose.path("services").path("postgres");
        String initScriptMount = texts(postgres.path("volumes")).stream()
                .filter(volume -> volume.contains("/docker-entrypoint-initdb.d/")).findFirst().orElseThrow();
        String script = Files.readString(ROOT.resolve(initScriptMount.substring(0, initScriptMount.indexOf(':'))));
        for (ServiceDefinition service : ServiceDefinition.values()) {
            assertThat(script).contains("CREATE DATABASE " + service.database() + ";");
        }
        assertThat(texts(postgres.at("/healthcheck/test"))).anyMatch(test -> test.contains("pg_isready"));
    }

    @Test
    void runsTheInfrastructureTheServicesNeed() throws IOException {
        JsonNode services = compose.path("services");
        assertThat(fieldNames(services)).contains("postgres", "kafka", "kafka-topics", "keycloak", "mailpit");
        for (String name : List.of("postgres", "kafka", "keycloak", "mailpit")) {
            assertThat(services.path(name).path("healthcheck").has("test")).as("health check of " + name).isTrue();
        }
        assertThat(services.at("/kafka/environment/KAFKA_PROCESS_ROLES").asText()).isEqualTo("broker,controller");

        JsonNode realm = realm();
        List<String> roles = new ArrayList<>();
        realm.at("/roles/realm").forEach(role -> roles.add(role.path("name").asText()));
        assertThat(roles).containsExactlyInAnyOrder("commissioner", "trust-performance", "trust-finance", "auditor", "admin");
        assertThat(realm.toString()).as("roles reach the token's groups claim, which the services read")
                .contains("\"claim.name\":\"groups\"");
    }

    @Test
    void runsThePortalBehindKeycloakWithoutTheLocalSignIn() throws IOException {
        Properties configuration = new Properties();
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("portal/src/main/resources/application.properties"))) {
            configuration.load(reader);
        }
        String port = configuration.getProperty("quarkus.http.port");
        JsonNode portal = compose.path("services").path("portal");
        assertThat(portal.isObject()).as("portal in docker-compose.yml").isTrue();
        assertThat(portal.at("/build/context").asText()).isEqualTo(".");
        assertThat(portal.at("/build/args/SERVICE").asText()).isEqualTo("portal");
        String dockerfile = Files.readString(ROOT.resolve(portal.at("/build/dockerfile").asText()));
        assertThat(dockerfile).as("the image's build leaves the local sign-in out")
                .contains("-Dsdc.portal.local-sign-in.available=false").containsPattern("-pl [a-z,-]*portal");
        assertThat(texts(portal.path("ports"))).containsExactly(port + ":" + port);
        assertThat(texts(portal.at("/healthcheck/test"))).contains("http://localhost:" + port + "/q/health/ready");

        JsonNode environment = portal.path("environment");
        assertThat(environment.path("QUARKUS_HTTP_PORT").asText()).isEqualTo(port);
        for (ServiceDefinition service : ServiceDefinition.values()) {
            assertThat(environment.path("SDC_PORTAL_SERVICES_" + service.database().toUpperCase(java.util.Locale.ROOT)).asText())
                    .as("where the portal calls " + service.module())
                    .isEqualTo("http://" + service.module() + ":" + service.defaultPort());
            assertThat(compose.path("services").has(service.module())).isTrue();
        }
        assertThat(environment.path("SDC_PORTAL_SESSION_KEY").asText()).startsWith("${SDC_PORTAL_SESSION_KEY");
        assertThat(environment.path("SDC_PORTAL_LOCAL_SIGN_IN_PRIVATE_KEY_LOCATION").isMissingNode()).isTrue();

        String realm = realmName();
        String issuer = compose.at("/services/keycloak/environment/KC_HOSTNAME").asText();
        assertThat(environment.path("QUARKUS_OIDC_TENANT_ENABLED").asText()).isEqualTo("true");
        assertThat(environment.path("QUARKUS_OIDC_AUTH_SERVER_URL").asText()).isEqualTo("http://keycloak:8080/realms/" + realm);
        assertThat(environment.path("QUARKUS_OIDC_TOKEN_ISSUER").asText()).isEqualTo(issuer + "/realms/" + realm);
        assertThat(environment.path("SDC_PORTAL_IDENTITY_PROVIDER_ORIGIN").asText()).isEqualTo(issuer);
        assertThat(compose.at("/services/keycloak/environment/KC_HOSTNAME_BACKCHANNEL_DYNAMIC").asText())
                .as("the portal reaches Keycloak's token endpoint inside the network").isEqualTo("true");
        assertThat(portal.at("/depends_on/keycloak/condition").asText()).isEqualTo("service_healthy");

        String clientId = environment.path("QUARKUS_OIDC_CLIENT_ID").asText();
        assertThat(clientId).isEqualTo(configuration.getProperty("quarkus.oidc.client-id"));
        JsonNode client = null;
        for (JsonNode candidate : realm().path("clients")) {
            if (candidate.path("clientId").asText().equals(clientId)) {
                client = candidate;
            }
        }
        assertThat(client).as("client " + clientId + " in the realm").isNotNull();
        assertThat(client.path("publicClient").asBoolean()).as("a confidential client").isFalse();
        assertThat(client.path("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(texts(client.path("redirectUris"))).contains("http://localhost:" + port + "/*");
        assertThat(client.at("/attributes/post.logout.redirect.uris").asText()).contains("http://localhost:" + port + "/");
        // One secret, read by Keycloak's realm file and the portal from the same variable.
        assertThat(client.path("secret").asText()).isEqualTo("${SDC_PORTAL_CLIENT_SECRET}");
        assertThat(environment.path("QUARKUS_OIDC_CREDENTIALS_SECRET").asText())
                .startsWith("${SDC_PORTAL_CLIENT_SECRET")
                .isEqualTo(compose.at("/services/keycloak/environment/SDC_PORTAL_CLIENT_SECRET").asText());
        assertThat(client.path("protocolMappers").toString()).as("the access token carries the roles and the person")
                .contains("\"claim.name\":\"groups\"", "\"claim.name\":\"upn\"");
    }

    private static JsonNode realm() throws IOException {
        String realmMount = texts(compose.at("/services/keycloak/volumes")).get(0);
        return new ObjectMapper().readTree(ROOT.resolve(realmMount.substring(0, realmMount.indexOf(':'))).toFile());
    }

    private static String realmName() throws IOException {
        return realm().path("realm").asText();
    }

    private static Properties applicationProperties(ServiceDefinition service) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(
                ROOT.resolve(service.module()).resolve("src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        return properties;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> {
            if (node.isValueNode()) {
                texts.add(node.asText());
            }
        });
        return texts;
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
