package vn.partybloc.platform.exports;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Enumeration;
import java.util.NoSuchElementException;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * An export's bytes in the database, a part at a time: memory holds one part, whatever the size of the export, and every
 * replica of the service can serve it.
 */
final class ExportParts {

    static final int PART_BYTES = 1 << 20;

    private ExportParts() {}

    /** Writes parts in the caller's transaction, so that they appear with the job's DONE or not at all. */
    static OutputStream writer(EntityManager em, UUID jobId) {
        return new OutputStream() {
            private final ByteArrayOutputStream part = new ByteArrayOutputStream(PART_BYTES);
            private int n;

            @Override
            public void write(int b) {
                part.write(b);
                flushIfFull();
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                part.write(bytes, offset, length);
                flushIfFull();
            }

            @Override
            public void close() {
                if (part.size() > 0) {
                    store();
                }
            }

            private void flushIfFull() {
                if (part.size() >= PART_BYTES) {
                    store();
                }
            }

            private void store() {
                em.createNativeQuery("insert into export_parts (job_id, n, data) values (?1, ?2, ?3)")
                        .setParameter(1, jobId)
                        .setParameter(2, n++)
                        .setParameter(3, part.toByteArray())
                        .executeUpdate();
                part.reset();
            }
        };
    }

    /** The stored bytes, each part read when the one before is used up, one short query each. */
    static InputStream reader(DataSource dataSource, UUID jobId) {
        return new SequenceInputStream(new Enumeration<InputStream>() {
            private int n;
            private byte[] next = part(dataSource, jobId, 0);

            @Override
            public boolean hasMoreElements() {
                return next != null;
            }

            @Override
            public InputStream nextElement() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                InputStream current = new ByteArrayInputStream(next);
                next = part(dataSource, jobId, ++n);
                return current;
            }
        });
    }

    private static byte[] part(DataSource dataSource, UUID jobId, int n) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select =
                        connection.prepareStatement("select data from export_parts where job_id = ? and n = ?")) {
            select.setObject(1, jobId);
            select.setInt(2, n);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getBytes(1) : null;
            }
        } catch (SQLException e) {
            throw new UncheckedIOException(new java.io.IOException("Export part " + n + " of " + jobId, e));
        }
    }
}
