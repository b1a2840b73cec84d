package org.bulwark.notify.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.bulwark.notify.internal.DeliveryRows.NewDelivery;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Writes many new deliveries to PostgreSQL with one {@code COPY}, in the caller's transaction: a large alert's
 * hundred thousand rows go in about half the time that batches of inserts take. Other databases, and a copy that
 * meets a key stored meanwhile, leave the rows to the batches of inserts, which skip such keys.
 */
final class DeliveryCopier {

    static final String COPY = "copy delivery (" + DeliveryRows.NEW_COLUMNS + ") from stdin";
    private static final String UNIQUE_VIOLATION = "23505";
    private static final int CHUNK_BYTES = 1 << 16;
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSSxxx");

    private final DataSource dataSource;
    private final JdbcTemplate errors;

    DeliveryCopier(DataSource dataSource, JdbcTemplate errors) {
        this.dataSource = dataSource;
        this.errors = errors;
    }

    /**
     * Copies the rows in, all or none.
     *
     * @return false when nothing was written: the database is not PostgreSQL, no transaction is under way, or a key
     *     was stored meanwhile
     */
    boolean copy(List<NewDelivery> rows, OffsetDateTime now) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            if (!DataSourceUtils.isConnectionTransactional(connection, dataSource)
                    || !connection.isWrapperFor(PGConnection.class)) {
                return false;
            }
            Savepoint before = connection.setSavepoint();
            try {
                write(connection.unwrap(PGConnection.class), rows, now);
                connection.releaseSavepoint(before);
                return true;
            } catch (SQLException e) {
                connection.rollback(before);
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    return false;
                }
                throw e;
            }
        } catch (SQLException e) {
            DataAccessException translated = errors.getExceptionTranslator().translate("copy deliveries", COPY, e);
            throw translated != null ? translated : new IllegalStateException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static void write(PGConnection connection, List<NewDelivery> rows, OffsetDateTime now) throws SQLException {
        CopyIn copy = connection.getCopyAPI().copyIn(COPY);
        try {
            // every row is stored at the same moment: its text is written out once
            String stored = TIMESTAMP.format(now);
            StringBuilder line = new StringBuilder(512);
            ByteArrayOutputStream chunk = new ByteArrayOutputStream(CHUNK_BYTES + 4096);
            for (NewDelivery row : rows) {
                line.setLength(0);
                for (Object value : row.values(now)) {
                    field(line, value == now ? stored : value);
                }
                line.setCharAt(line.length() - 1, '\n');
                byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
                chunk.write(bytes, 0, bytes.length);
                if (chunk.size() >= CHUNK_BYTES) {
                    copy.writeToCopy(chunk.toByteArray(), 0, chunk.size());
                    chunk.reset();
                }
            }
            if (chunk.size() > 0) {
                copy.writeToCopy(chunk.toByteArray(), 0, chunk.size());
            }
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /** One column in COPY's text format, followed by a tab. */
    static void field(StringBuilder line, @Nullable Object value) {
        if (value == null) {
            line.append("\\N\t");
            return;
        }
        if (value instanceof UUID || value instanceof Integer) {
            line.append(value).append('\t');
            return;
        }
        String text = value instanceof OffsetDateTime at ? TIMESTAMP.format(at) : value.toString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
        line.append('\t');
    }
}
