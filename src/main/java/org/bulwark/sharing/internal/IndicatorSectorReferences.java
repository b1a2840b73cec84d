package org.bulwark.sharing.internal;

import org.bulwark.identity.Audience;
import org.bulwark.identity.AudienceKind;
import org.bulwark.partners.SectorReferences;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps a sector from being deleted while indicators are specific to it or shared with it: they would otherwise
 * name a sector nobody can choose any more, and reach nobody.
 */
@Component
class IndicatorSectorReferences implements SectorReferences {

    private final JdbcClient jdbc;

    IndicatorSectorReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long countUsing(String sectorCode) {
        return jdbc.sql("select count(*) from indicator i where i.sector_code = :sector or exists (select 1 from"
                        + " indicator_audience a where a.indicator_id = i.id and a.audience_key = :key)")
                .param("sector", sectorCode)
                .param("key", new Audience(AudienceKind.SECTOR, sectorCode).key())
                .query(Long.class)
                .single();
    }

    @Override
    public String messageKey() {
        return "indicators.sectorUsage";
    }
}
