package org.bulwark.sites.internal;

import org.bulwark.partners.SectorReferences;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps a sector that sites are registered under from being deleted from the catalogue. */
@Component
class SitesUsingSectors implements SectorReferences {

    private final JdbcClient jdbc;

    SitesUsingSectors(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long countUsing(String sectorCode) {
        return jdbc.sql("select count(*) from site where sector_code = ?")
                .param(sectorCode)
                .query(Long.class)
                .single();
    }

    @Override
    public String messageKey() {
        return "sites.sectorUsage";
    }
}
