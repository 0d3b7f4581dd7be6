package vn.partybloc.launcher.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The database's ceiling for a point read: one prepared {@code select … where id = ?} after another on each of a fixed
 * number of connections, as {@code pgbench -S -M prepared} does, with the query a service's point read sends.
 */
public final class PointSelectLoad {

    private PointSelectLoad() {}

    public static Measurement run(
            String name,
            String jdbcUrl,
            String user,
            String password,
            String sql,
            List<UUID> ids,
            int connections,
            Duration warmUp,
            Duration duration)
            throws Exception {
        Tally tally = new Tally();
        AtomicReference<Exception> failure = new AtomicReference<>();
        long measuredFrom = System.nanoTime() + warmUp.toNanos();
        long end = measuredFrom + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            int offset = c;
            Thread thread = new Thread(
                    () -> {
                        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
                                PreparedStatement select = connection.prepareStatement(sql)) {
                            for (int i = offset; ; i++) {
                                long sent = System.nanoTime();
                                if (sent >= end) {
                                    return;
                                }
                                select.setObject(1, ids.get(i % ids.size()));
                                try (ResultSet row = select.executeQuery()) {
                                    row.next();
                                }
                                long now = System.nanoTime();
                                if (sent >= measuredFrom && now <= end) {
                                    tally.answer(now - sent, null);
                                }
                            }
                        } catch (SQLException e) {
                            failure.compareAndSet(null, e);
                        }
                    },
                    "point-select-" + c);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return tally.measurement(name, duration.toNanos() / 1e9);
    }
}
