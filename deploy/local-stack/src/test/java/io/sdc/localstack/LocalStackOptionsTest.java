package io.sdc.localstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalStackOptionsTest {

    @Test
    void takesOptionsFromTheCommandLineOverTheEnvironment() {
        LocalStackOptions options = LocalStackOptions.parse(new String[] {"--contract-port=9181"},
                Map.of("SDC_CONTRACT_PORT", "9081", "SDC_KAFKA_PORT", "29092"));

        assertThat(options.httpPort(ServiceDefinition.CONTRACT)).isEqualTo(9181);
        assertThat(options.kafkaPort()).isEqualTo(29092);
        assertThat(options.httpPort(ServiceDefinition.FINANCE)).isEqualTo(8083);
        assertThat(options.postgresPort()).isEqualTo(15432);
    }

    @Test
    void loadsTheDemoDataUnlessToldNotTo() {
        assertThat(LocalStackOptions.parse(new String[0], Map.of()).demoData()).isTrue();
        assertThat(LocalStackOptions.parse(new String[] {"--demo-data=false"}, Map.of()).demoData()).isFalse();
        assertThat(LocalStackOptions.parse(new String[0], Map.of("SDC_DEMO_DATA", "FALSE")).demoData()).isFalse();
        assertThatThrownBy(() -> LocalStackOptions.parse(new String[] {"--demo-data=no"}, Map.of()).demoData())
                .hasMessageContaining("--demo-data must be true or false");
    }

    @Test
    void refusesUnknownOptionsAndPortsThatAreNotPorts() {
        assertThatThrownBy(() -> LocalStackOptions.parse(new String[] {"--colour=blue"}, Map.of()))
                .hasMessage("Unknown option --colour");
        assertThatThrownBy(() -> LocalStackOptions.parse(new String[] {"--kafka-port=70000"}, Map.of()).kafkaPort())
                .hasMessageContaining("--kafka-port must be a port number");
    }

    @Test
    void namesTheBusyPortAndTheOptionThatMovesIt(@TempDir Path home) throws IOException {
        builtApplications(home);
        try (ServerSocket busy = new ServerSocket()) {
            busy.bind(new InetSocketAddress(0));
            int port = busy.getLocalPort();
            LocalStack stack = new LocalStack(
                    LocalStackOptions.parse(new String[] {"--finance-port=" + port}, Map.of()), home);

            assertThatThrownBy(stack::checkBeforeStart)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("port " + port + " for finance-service (--finance-port)");
        }
    }

    @Test
    void saysHowToBuildWhenTheServicesAreNotBuilt(@TempDir Path home) {
        LocalStack stack = new LocalStack(LocalStackOptions.parse(new String[0], Map.of()), home);

        assertThatThrownBy(stack::checkBeforeStart)
                .hasMessageContaining("./mvnw package -DskipTests")
                .hasMessageContaining("contract-service");
    }

    @Test
    void refusesOnePortForTwoComponents(@TempDir Path home) throws IOException {
        builtApplications(home);
        LocalStack stack = new LocalStack(
                LocalStackOptions.parse(new String[] {"--contract-port=19092"}, Map.of()), home);

        assertThatThrownBy(stack::checkBeforeStart)
                .hasMessageContaining("The same port is configured for");
    }

    /** Puts an (empty) runnable jar of every service and of the portal where the launcher looks for them in {@code home}. */
    private static void builtApplications(Path home) throws IOException {
        for (ServiceDefinition service : ServiceDefinition.values()) {
            Files.createDirectories(service.runnableJar(home).getParent());
            Files.createFile(service.runnableJar(home));
        }
        Files.createDirectories(LocalStack.portalJar(home).getParent());
        Files.createFile(LocalStack.portalJar(home));
    }
}
