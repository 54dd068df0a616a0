package io.sdc.localstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launcher keeps its components running: a managed process that dies is announced, started again with a
 * delay that doubles while it keeps dying, and comes back ready; one that was stopped stays stopped.
 */
class SupervisorTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final List<String> console = new CopyOnWriteArrayList<>();

    @Test
    void restartsAKilledServiceWithBackoffUntilItIsReadyAgain(@TempDir Path logs) throws Exception {
        int port = Ports.freePort();
        URI readiness = URI.create("http://localhost:" + port + "/q/health/ready");
        ManagedProcess service = ManagedProcess.start("contract-service", List.of(ManagedProcess.javaExecutable(),
                "-cp", Path.of(ReadinessServerMain.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString(),
                ReadinessServerMain.class.getName(), String.valueOf(port)),
                Map.of(), logs.resolve("contract-service.log"));
        try (Supervisor supervisor = new Supervisor(console::add, Supervisor.Backoff.DEFAULT)) {
            awaitReady(readiness);
            supervisor.watch(service, Optional.of(readiness));

            long first = service.pid();
            kill(first);
            awaitConsole("contract-service exited with code 137; restarting in 1 s");
            awaitConsole("contract-service ready again at http://localhost:" + port + "/");
            assertThat(service.pid()).isNotEqualTo(first);
            assertThat(ready(readiness)).isTrue();

            // Dying again soon after: the delay doubles.
            kill(service.pid());
            awaitConsole("contract-service exited with code 137; restarting in 2 s");
            awaitLines("contract-service ready again", 2);
            assertThat(ready(readiness)).isTrue();

            // Stopped on purpose: it stays down and nothing is said.
            int said = console.size();
            service.stop(Duration.ofSeconds(5));
            Thread.sleep(1_500);
            assertThat(service.isAlive()).isFalse();
            assertThat(ready(readiness)).isFalse();
            assertThat(console).hasSize(said);
        } finally {
            service.stop(Duration.ofSeconds(5));
        }
    }

    @Test
    void theDelayDoublesToThirtySecondsAndStartsAgainAfterARecovery() {
        Supervisor.Backoff backoff = Supervisor.Backoff.DEFAULT;
        Duration delay = backoff.first();
        StringBuilder delays = new StringBuilder(delay.toSeconds() + "");
        for (int i = 0; i < 6; i++) {
            delay = backoff.next(delay);
            delays.append(' ').append(delay.toSeconds());
        }
        assertThat(delays.toString()).isEqualTo("1 2 4 8 16 30 30");
        assertThat(backoff.recoveredAfter()).isEqualTo(Duration.ofMinutes(1));
    }

    private static void kill(long pid) throws InterruptedException {
        ProcessHandle handle = ProcessHandle.of(pid).orElseThrow();
        handle.destroyForcibly();
        handle.onExit().orTimeout(10, TimeUnit.SECONDS).join();
    }

    private void awaitConsole(String line) throws InterruptedException {
        awaitLines(line, 1);
    }

    private void awaitLines(String start, int count) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (console.stream().filter(said -> said.startsWith(start)).count() < count) {
            assertThat(System.nanoTime()).as("the console says '" + start + "' " + count + " time(s); it said " + console)
                    .isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private static void awaitReady(URI readiness) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!ready(readiness)) {
            assertThat(System.nanoTime()).as("ready at " + readiness).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private static boolean ready(URI readiness) throws InterruptedException {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notListening) {
            return false;
        }
    }
}
