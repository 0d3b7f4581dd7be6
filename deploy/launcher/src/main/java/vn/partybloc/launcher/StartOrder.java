package vn.partybloc.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Starts the parts in the order their dependencies need, and at the same time whatever does not wait for another:
 * PostgreSQL first (every other part keeps its data there, Keycloak included), then Keycloak beside Kafka, and the
 * services and the gateway together as soon as the broker is up. They do not wait for Keycloak: a Quarkus application
 * that finds no OIDC server at its start connects on its first request, and the stack is reported up only once every
 * part is ready. On the 2-core build machine this saves nothing (a warm start took 55 s one after the other and 56 s
 * so: the starts are bound by CPU, about 107 CPU-seconds in all; docs/measurements.md); with more cores they overlap.
 */
final class StartOrder {

    private final Stack stack;

    StartOrder(Stack stack) {
        this.stack = stack;
    }

    /**
     * Hands each started part to {@code started}, dependencies first, so that stopping them in reverse stops the
     * services before what they use. When a part fails, the others started beside it are still handed over (to be
     * stopped) and the first failure is thrown.
     */
    void start(Consumer<AutoCloseable> started) throws Exception {
        Postgres postgres = Console.step("PostgreSQL", () -> Postgres.start(stack));
        started.accept(postgres);
        ExecutorService starting = Executors.newCachedThreadPool();
        try {
            Future<Keycloak> keycloak = starting.submit(() -> Console.step(
                    "Keycloak " + Keycloak.version(stack.project()), () -> Keycloak.start(stack, postgres)));
            Exception failure = null;
            List<Future<ServiceProcess>> services = new ArrayList<>();
            try {
                started.accept(Console.step("Kafka (KRaft)", () -> KafkaBroker.start(stack)));
                Stack.Secrets secrets = new Stack.Secrets(
                        postgres.password(), new LocalSecrets(stack.home()).get(LocalSecrets.ADMIN_UI_STATE));
                for (ServiceProcess.Spec spec : stack.processes(secrets)) {
                    services.add(
                            starting.submit(() -> Console.step(spec.name(), () -> ServiceProcess.start(stack, spec))));
                }
            } catch (Exception e) {
                failure = e;
            }
            failure = handOver(keycloak, started, failure);
            for (Future<ServiceProcess> service : services) {
                failure = handOver(service, started, failure);
            }
            if (failure != null) {
                throw failure;
            }
        } finally {
            starting.shutdown();
        }
    }

    private static Exception handOver(
            Future<? extends AutoCloseable> part, Consumer<AutoCloseable> started, Exception failure)
            throws InterruptedException {
        try {
            started.accept(part.get());
            return failure;
        } catch (ExecutionException e) {
            if (failure != null) {
                return failure;
            }
            return e.getCause() instanceof Exception cause ? cause : new IllegalStateException(e.getCause());
        }
    }
}
