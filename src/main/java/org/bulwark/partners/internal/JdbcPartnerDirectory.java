package org.bulwark.partners.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.bulwark.partners.OrganisationKind;
import org.bulwark.partners.OrganisationSummary;
import org.bulwark.partners.PartnerDirectory;
import org.bulwark.partners.Sector;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
class JdbcPartnerDirectory implements PartnerDirectory {

    private static final String ORGANISATION_COLUMNS = "select id, name, kind, region, status from organisation";

    private static final RowMapper<OrganisationSummary> ORGANISATION = (rs, row) -> new OrganisationSummary(
            rs.getObject("id", UUID.class),
            rs.getString("name"),
            OrganisationKind.valueOf(rs.getString("kind")),
            rs.getString("region"),
            rs.getString("status"));

    private static final RowMapper<Sector> SECTOR = (rs, row) -> new Sector(
            rs.getString("code"),
            rs.getString("name_en"),
            rs.getString("name_fr"),
            rs.getInt("position"),
            rs.getBoolean("active"));

    private final JdbcClient jdbc;

    JdbcPartnerDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<OrganisationSummary> organisation(UUID id) {
        return jdbc.sql(ORGANISATION_COLUMNS + " where id = ?")
                .param(id)
                .query(ORGANISATION)
                .optional();
    }

    @Override
    public Optional<OrganisationSummary> organisationNamed(String name) {
        return jdbc.sql(ORGANISATION_COLUMNS + " where name_key = ?")
                .param(Inputs.key(name))
                .query(ORGANISATION)
                .optional();
    }

    @Override
    public List<OrganisationSummary> organisations() {
        return jdbc.sql(ORGANISATION_COLUMNS + " order by name_key")
                .query(ORGANISATION)
                .list();
    }

    @Override
    public long organisationCount() {
        return jdbc.sql("select count(*) from organisation").query(Long.class).single();
    }

    @Override
    public Map<UUID, String> namesOf(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        jdbc.sql("select id, name from organisation where id in (:ids)")
                .param("ids", ids)
                .query(rs -> {
                    names.put(rs.getObject("id", UUID.class), rs.getString("name"));
                });
        return names;
    }

    @Override
    public Optional<UUID> organisationOfAccount(UUID accountId) {
        return jdbc.sql("select organisation_id from member where account_id = ?")
                .param(accountId)
                .query(UUID.class)
                .optional();
    }

    @Override
    public List<Sector> sectors() {
        return jdbc.sql("select * from sector where active order by position, code")
                .query(SECTOR)
                .list();
    }

    @Override
    public Optional<Sector> sector(String code) {
        return jdbc.sql("select * from sector where code = ?")
                .param(code)
                .query(SECTOR)
                .optional();
    }
}
