package db.migration.sites;

import org.bulwark.sites.internal.SiteCells;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** Packs the sites registered before the {@code site_cell} table existed into it. */
public class V5__Fill_site_cells extends BaseJavaMigration {

    @Override
    public void migrate(Context context) {
        SiteCells.rebuild(new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true)));
    }
}
