package io.sdc.endtoend;

import io.restassured.specification.RequestSpecification;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A second instance (B) of each of the platform's five services beside the launcher's own (A): the same packaged
 * application and configuration (same database, same broker, same consumer group) on another port, all five started
 * at once. Calls go to A and B in turn, service by service, so that a story's steps are taken by both instances
 * alternately; once B of a service is stopped, its calls go to A only.
 */
final class SecondInstances implements AutoCloseable {

    /** The services by the port each has in the README. */
    static final Map<Integer, String> MODULES = new TreeMap<>(Map.of(
            8081, "contract-service", 8082, "performance-service", 8083, "finance-service",
            8084, "notification-service", 8085, "report-service"));

    private final RunningPlatform platform;
    private final Map<Integer, ServiceInstance> second = new LinkedHashMap<>();
    private final Map<Integer, Integer> turns = new LinkedHashMap<>();
    private final Map<String, Integer> calls = new TreeMap<>();

    private SecondInstances(RunningPlatform platform) {
        this.platform = platform;
    }

    /**
     * Starts instance B of every service, all at once, with {@code overrides} in their environment and their logs
     * beside the platform's, and waits until each answers ready.
     */
    static SecondInstances start(RunningPlatform platform, Map<String, String> overrides) throws IOException, InterruptedException {
        SecondInstances instances = new SecondInstances(platform);
        try {
            for (Map.Entry<Integer, String> service : MODULES.entrySet()) {
                Path log = platform.workDirectory().resolve(service.getValue() + "-B.log");
                instances.second.put(service.getKey(), ServiceInstance.besides(platform, service.getValue(), overrides, log));
            }
            for (ServiceInstance instance : instances.second.values()) {
                instance.awaitReady();
            }
            return instances;
        } catch (IOException | InterruptedException | RuntimeException e) {
            instances.close();
            throw e;
        }
    }

    /** A call to the service, as a role, by the instance whose turn it is (A, B, A, ... while B runs). */
    RequestSpecification next(String role, int readmePort) throws IOException {
        int turn = turns.merge(readmePort, 1, Integer::sum);
        ServiceInstance b = second.get(readmePort);
        boolean toB = turn % 2 == 0 && b != null && b.isAlive();
        calls.merge(MODULES.get(readmePort) + (toB ? " B" : " A"), 1, Integer::sum);
        return toB ? platform.at(role, b.port) : platform.as(role, readmePort);
    }

    /** Instance B of the service. */
    ServiceInstance b(int readmePort) {
        return second.get(readmePort);
    }

    /** Stops instance B of the service as an orchestrator would (SIGTERM, a graceful shutdown). */
    void stopB(int readmePort) {
        second.get(readmePort).close();
    }

    /** How many calls each instance took, e.g. {@code contract-service B=7}. */
    Map<String, Integer> calls() {
        return calls;
    }

    /** The instances B that are no longer running though no one stopped them. */
    List<String> died(int... stoppedOnPurpose) {
        List<String> died = new ArrayList<>();
        second.forEach((port, instance) -> {
            boolean stopped = java.util.Arrays.stream(stoppedOnPurpose).anyMatch(p -> p == port);
            if (!stopped && !instance.isAlive()) {
                died.add(instance.module);
            }
        });
        return died;
    }

    @Override
    public void close() {
        second.values().parallelStream().forEach(ServiceInstance::close);
    }
}
