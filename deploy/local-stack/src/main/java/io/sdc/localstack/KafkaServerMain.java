package io.sdc.localstack;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs {@link KafkaServer} as a process of its own, so that the local stack can keep the broker's log apart and
 * stop it like any other component. Arguments: log directory, client port, controller port.
 */
public final class KafkaServerMain {

    private KafkaServerMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: KafkaServerMain <log-directory> <port> <controller-port>");
            System.exit(2);
        }
        KafkaServer kafka = KafkaServer.start(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.stop();
            stopped.countDown();
        }, "kafka-shutdown"));
        System.out.println("Kafka broker listening on " + kafka.bootstrapServers());
        stopped.await();
    }
}
