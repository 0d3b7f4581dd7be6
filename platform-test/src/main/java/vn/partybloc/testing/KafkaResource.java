package vn.partybloc.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.Uuid;

/**
 * A real Kafka broker in KRaft mode, in-process, shared by every test class of a module. Its ports, cluster id and
 * log directory are fixed for the JVM, so {@link #stopBroker()} and {@link #startBroker()} simulate an outage and a
 * recovery without losing what was written.
 */
public class KafkaResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedKafkaBroker broker;
    private static int kafkaPort;
    private static int controllerPort;
    private static String clusterId;
    private static File logDir;

    @Override
    public synchronized Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", bootstrapServers());
    }

    @Override
    public void stop() {
        // Shared by all test classes in this JVM; stopped by the shutdown hook.
    }

    public static synchronized String bootstrapServers() {
        if (clusterId == null) {
            kafkaPort = freePort();
            controllerPort = freePort();
            clusterId = Uuid.randomUuid().toString();
            logDir = new File("target/kafka-" + UUID.randomUUID());
            Runtime.getRuntime().addShutdownHook(new Thread(KafkaResource::stopBroker));
        }
        startBroker();
        return "localhost:" + kafkaPort;
    }

    public static synchronized void startBroker() {
        if (broker != null) {
            return;
        }
        broker = new EmbeddedKafkaBroker()
                .withKafkaPort(kafkaPort)
                .withControllerPort(controllerPort)
                .withClusterId(clusterId)
                .withDeleteLogDirsOnClose(false)
                .withAdditionalProperties(props -> {
                    props.put("log.dirs", logDir.getAbsolutePath());
                    props.put("auto.create.topics.enable", "true");
                    props.put("num.partitions", "3");
                })
                .start();
    }

    public static synchronized void stopBroker() {
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
