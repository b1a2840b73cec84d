package db.migration.notify;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Makes storing a large alert's deliveries cheaper on PostgreSQL; other databases keep the schema of V4.
 *
 * <ul>
 *   <li>Only the deliveries still to be sent, those being sent and the dead letters are indexed, each where it is
 *       looked for. A large alert's in-app deliveries are done when stored and no longer enter the index of due
 *       deliveries, and a delivery that is handed over leaves it.
 *   <li>The reference from a delivery to its content is no longer checked by the database. PostgreSQL checks it by
 *       locking the content row once for every delivery that names it; for 100,000 deliveries that took about 260
 *       of 700 ms. A content is written by the same code in the same transaction just before its deliveries, and
 *       neither is ever deleted.
 * </ul>
 */
public class V5__Lighter_deliveries_on_postgresql extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        String product = connection.getMetaData().getDatabaseProductName();
        if (!product.toLowerCase(Locale.ROOT).contains("postgres")) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("drop index delivery_due_idx");
            statement.execute("create index delivery_due_idx on delivery (channel, next_attempt_at, content_id)"
                    + " where status = 'PENDING'");
            statement.execute(
                    "create index delivery_sending_idx on delivery (last_attempt_at) where status = 'SENDING'");
            statement.execute("create index delivery_dead_idx on delivery (dead_at) where status = 'DEAD'");
            statement.execute("alter table delivery drop constraint if exists delivery_content_id_fkey");
        }
    }
}
