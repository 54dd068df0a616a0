package io.sdc.notification.delivery;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A real HTTP server standing in for a subscriber's webhook endpoint: it records what arrives and can fail on purpose. */
final class WebhookReceiver implements AutoCloseable {

    record Received(String path, String body, String timestamp, String signature, int answered, Instant at) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();
    private final Map<String, Runnable> beforeAnswering = new ConcurrentHashMap<>();
    private final java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newCachedThreadPool();

    private final Clock clock;

    /** Records when each call arrives on {@code clock} (the service's). */
    WebhookReceiver(Clock clock) throws IOException {
        this.clock = clock;
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Runnable before = beforeAnswering.get(path);
            if (before != null) {
                before.run();
            }
            AtomicInteger failures = failuresLeft.get(path);
            int status = failures != null && failures.getAndDecrement() > 0 ? 503 : 204;
            received.add(new Received(path, body, exchange.getRequestHeaders().getFirst("SDC-Timestamp"),
                    exchange.getRequestHeaders().getFirst("SDC-Signature"), status, Instant.now(clock)));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        // Each call on a thread of its own, so that a slow path holds up no other.
        server.setExecutor(threads);
        server.start();
    }

    /** The next {@code times} calls to the path fail; -1 for always. */
    void failing(String path, int times) {
        failuresLeft.put(path, new AtomicInteger(times < 0 ? Integer.MAX_VALUE : times));
    }

    /** Runs the action (e.g. a long wait) when a call to the path arrives, before it is recorded and answered. */
    void beforeAnswering(String path, Runnable action) {
        beforeAnswering.put(path, action);
    }

    String url(String path) {
        return "http://localhost:" + server.getAddress().getPort() + path;
    }

    List<Received> at(String path) {
        return received.stream().filter(call -> call.path().equals(path)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
