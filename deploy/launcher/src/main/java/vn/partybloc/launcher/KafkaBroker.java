package vn.partybloc.launcher;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/** A single-node KRaft Kafka broker in a child JVM, from the same Kafka jars the services' clients match. */
final class KafkaBroker implements AutoCloseable {

    private final Process process;

    private KafkaBroker(Process process) {
        this.process = process;
    }

    static KafkaBroker start(Stack stack) throws Exception {
        Path dir = stack.home().resolve("kafka");
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        Path config = dir.resolve("server.properties");
        Properties props = brokerProperties(stack, data);
        try (var out = Files.newBufferedWriter(config)) {
            props.store(out, "written by the launcher");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        if (!Files.exists(data.resolve("meta.properties"))) {
            format(java, config, stack);
        }
        Process process = new ProcessBuilder(
                        java,
                        "-Xms128m",
                        "-Xmx512m",
                        "-XX:+UseParallelGC",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "kafka.Kafka",
                        config.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        stack.logs().resolve("kafka.log").toFile()))
                .start();
        KafkaBroker broker = new KafkaBroker(process);
        try {
            broker.awaitReady(stack.kafkaPort(), Duration.ofSeconds(90));
        } catch (Exception e) {
            broker.close();
            throw e;
        }
        return broker;
    }

    private static Properties brokerProperties(Stack stack, Path data) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@localhost:" + stack.kafkaControllerPort());
        p.put(
                "listeners",
                "PLAINTEXT://localhost:" + stack.kafkaPort() + ",CONTROLLER://localhost:"
                        + stack.kafkaControllerPort());
        p.put("advertised.listeners", "PLAINTEXT://localhost:" + stack.kafkaPort());
        p.put("controller.listener.names", "CONTROLLER");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", data.toString());
        p.put("num.partitions", "3");
        p.put("offsets.topic.replication.factor", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("auto.create.topics.enable", "true");
        return p;
    }

    /** {@code kafka-storage format}, once, before the first start. */
    private static void format(String java, Path config, Stack stack) throws Exception {
        Process format = new ProcessBuilder(
                        java,
                        "-Xmx256m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "kafka.tools.StorageTool",
                        "format",
                        "-t",
                        Uuid.randomUuid().toString(),
                        "-c",
                        config.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        stack.logs().resolve("kafka.log").toFile()))
                .start();
        if (format.waitFor() != 0) {
            throw new IllegalStateException("formatting the Kafka log directory failed; see .local/logs/kafka.log");
        }
    }

    private void awaitReady(int port, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the broker exited; see .local/logs/kafka.log");
            }
            if (listening(port)) {
                try (Admin admin = Admin.create(Map.of(
                        AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                        "localhost:" + port,
                        AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                        3000,
                        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                        3000))) {
                    if (!admin.describeCluster()
                            .nodes()
                            .get(5, TimeUnit.SECONDS)
                            .isEmpty()) {
                        return;
                    }
                } catch (Exception notYet) {
                    // still electing itself
                }
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the broker did not become ready within " + timeout.toSeconds() + " s");
    }

    private static boolean listening(int port) {
        try (Socket ignored = new Socket("localhost", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws Exception {
        ChildProcesses.stop(process, Duration.ofSeconds(30));
    }
}
