package org.bulwark.partners.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bulwark.identity.Audience;
import org.bulwark.identity.AudienceKind;
import org.bulwark.identity.Reader;
import org.bulwark.identity.Readers;
import org.bulwark.identity.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;

/**
 * The readers of the network as the partnership stands at this moment. Nothing is cached or copied: every call
 * reads the accounts, memberships, organisations, sectors and sharing groups afresh, so that an organisation
 * suspended, or a person taken out of a group, stops reading at once. Many readers are worked out with a few
 * set-based queries, never one query per account.
 */
@Component
@Transactional(readOnly = true)
class JdbcReaders implements Readers {

    /** The most identifiers one query lists; PostgreSQL allows at most 32,767 parameters in a statement. */
    static final int CHUNK = 1000;

    /** Beyond this many accounts, reading every account once is quicker than listing them in several queries. */
    static final int WHOLE_TABLE = 5000;

    private static final String ACCOUNTS = "select a.id, a.role, o.id as organisation_id, o.region from account a"
            + " left join member m on m.account_id = a.id"
            + " left join organisation o on o.id = m.organisation_id and o.status = 'APPROVED'"
            + " where a.enabled";

    private final JdbcClient jdbc;

    JdbcReaders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Reader reader(UUID account, Role role) {
        Assert.notNull(account, "account must not be null");
        Assert.notNull(role, "role must not be null");
        Optional<Row> belonging = jdbc.sql("select m.organisation_id, o.region from member m"
                        + " join organisation o on o.id = m.organisation_id"
                        + " where m.account_id = ? and o.status = 'APPROVED'")
                .param(account)
                .query((rs, row) ->
                        new Row(account, role, rs.getObject("organisation_id", UUID.class), rs.getString("region")))
                .optional();
        if (belonging.isEmpty()) {
            return new Reader(account, role, null, Set.of());
        }
        return assemble(List.of(belonging.get())).get(0);
    }

    @Override
    public List<Reader> readers(Collection<UUID> accounts) {
        Assert.notNull(accounts, "accounts must not be null");
        Set<UUID> wanted = new LinkedHashSet<>(accounts);
        wanted.remove(null);
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<Row> rows = new ArrayList<>();
        if (wanted.size() > WHOLE_TABLE) {
            rows.addAll(jdbc.sql(ACCOUNTS).query(JdbcReaders::row).list().stream()
                    .filter(row -> wanted.contains(row.account()))
                    .toList());
        } else {
            for (List<UUID> chunk : chunks(wanted)) {
                rows.addAll(jdbc.sql(ACCOUNTS + " and a.id in (:ids)")
                        .param("ids", chunk)
                        .query(JdbcReaders::row)
                        .list());
            }
        }
        return assemble(rows);
    }

    @Override
    public List<Reader> reachedBy(Collection<String> audienceKeys) {
        Assert.notNull(audienceKeys, "audienceKeys must not be null");
        Wanted wanted = Wanted.of(audienceKeys);
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<Row> rows;
        if (wanted.network || wanted.size() > CHUNK) {
            rows = jdbc.sql(ACCOUNTS).query(JdbcReaders::row).list();
        } else {
            rows = candidates(wanted);
        }
        // the query may find more than the keys name (a member of a group whose organisation is not approved, say);
        // the readers' own keys decide
        Set<String> keys = wanted.keys;
        return assemble(rows).stream().filter(reader -> reader.isNamedBy(keys)).toList();
    }

    /**
     * The enabled accounts that the keys may reach: first the organisations and accounts they name, each kind with
     * one simple query, then the accounts of those organisations and those accounts.
     */
    private List<Row> candidates(Wanted wanted) {
        Set<UUID> organisations = new HashSet<>(wanted.organisations);
        Set<UUID> accounts = new HashSet<>(wanted.members);
        if (!wanted.sectors.isEmpty()) {
            organisations.addAll(
                    jdbc.sql("select distinct organisation_id from organisation_sector where sector_code in (:sectors)")
                            .param("sectors", wanted.sectors)
                            .query(UUID.class)
                            .list());
        }
        if (!wanted.regions.isEmpty()) {
            // regions are matched as Audience spells them, which SQL's lower() may not do for every alphabet
            jdbc.sql("select id, region from organisation where status = 'APPROVED'")
                    .query(rs -> {
                        if (wanted.keys.contains(regionKey(rs.getString(2)))) {
                            organisations.add(rs.getObject(1, UUID.class));
                        }
                    });
        }
        if (!wanted.groups.isEmpty()) {
            jdbc.sql("select member_kind, member_ref from sharing_group_member where group_id in (:groups)")
                    .param("groups", wanted.groups)
                    .query(rs -> {
                        boolean organisation =
                                JdbcSharingGroups.MemberKind.ORGANISATION.name().equals(rs.getString(1));
                        (organisation ? organisations : accounts).add(rs.getObject(2, UUID.class));
                    });
        }
        if (organisations.isEmpty() && accounts.isEmpty()) {
            return List.of();
        }
        if (organisations.size() + accounts.size() > CHUNK) {
            return jdbc.sql(ACCOUNTS).query(JdbcReaders::row).list().stream()
                    .filter(row -> accounts.contains(row.account())
                            || (row.organisation() != null && organisations.contains(row.organisation())))
                    .toList();
        }
        // two index-driven queries rather than one with "or", which neither database can answer from an index
        Map<UUID, Row> rows = new LinkedHashMap<>();
        if (!organisations.isEmpty()) {
            jdbc.sql("select a.id, a.role, o.id as organisation_id, o.region from organisation o"
                            + " join member m on m.organisation_id = o.id"
                            + " join account a on a.id = m.account_id"
                            + " where o.status = 'APPROVED' and a.enabled and o.id in (:organisations)")
                    .param("organisations", organisations)
                    .query(JdbcReaders::row)
                    .list()
                    .forEach(row -> rows.put(row.account(), row));
        }
        accounts.removeAll(rows.keySet());
        if (!accounts.isEmpty()) {
            jdbc.sql(ACCOUNTS + " and a.id in (:accounts)")
                    .param("accounts", accounts)
                    .query(JdbcReaders::row)
                    .list()
                    .forEach(row -> rows.put(row.account(), row));
        }
        return new ArrayList<>(rows.values());
    }

    /**
     * Readers for these rows, with the sectors of their organisations and their sharing groups read in a few
     * queries for all of them at once.
     */
    private List<Reader> assemble(List<Row> rows) {
        Set<UUID> organisations = new LinkedHashSet<>();
        Set<UUID> references = new LinkedHashSet<>();
        for (Row row : rows) {
            if (row.organisation() != null) {
                organisations.add(row.organisation());
                references.add(row.organisation());
                references.add(row.account());
            }
        }
        Map<UUID, List<String>> sectors = sectorsOf(organisations);
        Map<GroupMember, Set<UUID>> groupsOf = groupsOf(references);
        Map<UUID, Set<String>> organisationKeys = new HashMap<>();
        List<Reader> readers = new ArrayList<>(rows.size());
        for (Row row : rows) {
            UUID organisation = row.organisation();
            if (organisation == null) {
                readers.add(new Reader(row.account(), row.role(), null, Set.of()));
                continue;
            }
            Set<String> keys = new LinkedHashSet<>(organisationKeys.computeIfAbsent(
                    organisation,
                    id -> organisationKeys(
                            id,
                            row.region(),
                            sectors.getOrDefault(id, List.of()),
                            groupsOf.getOrDefault(GroupMember.organisation(id), Set.of()))));
            for (UUID group : groupsOf.getOrDefault(GroupMember.account(row.account()), Set.of())) {
                keys.add(new Audience(AudienceKind.GROUP, group.toString()).key());
            }
            readers.add(new Reader(row.account(), row.role(), organisation, keys));
        }
        return readers;
    }

    private static Set<String> organisationKeys(
            UUID organisation, @Nullable String region, List<String> sectors, Set<UUID> groups) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(Audience.NETWORK.key());
        keys.add(new Audience(AudienceKind.ORGANISATION, organisation.toString()).key());
        for (String sector : sectors) {
            keys.add(new Audience(AudienceKind.SECTOR, sector).key());
        }
        if (region != null && !region.isBlank()) {
            keys.add(regionKey(region));
        }
        for (UUID group : groups) {
            keys.add(new Audience(AudienceKind.GROUP, group.toString()).key());
        }
        return Set.copyOf(keys);
    }

    private Map<UUID, List<String>> sectorsOf(Set<UUID> organisations) {
        Map<UUID, List<String>> sectors = new HashMap<>();
        if (organisations.isEmpty()) {
            return sectors;
        }
        if (organisations.size() > CHUNK) {
            jdbc.sql("select os.organisation_id, os.sector_code from organisation_sector os"
                            + " join organisation o on o.id = os.organisation_id where o.status = 'APPROVED'")
                    .query(rs -> {
                        sectors.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
                                .add(rs.getString(2));
                    });
            return sectors;
        }
        jdbc.sql("select organisation_id, sector_code from organisation_sector where organisation_id in (:ids)")
                .param("ids", organisations)
                .query(rs -> {
                    sectors.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
                            .add(rs.getString(2));
                });
        return sectors;
    }

    /** The groups each organisation and account is in, keyed by the kind and identifier of the member. */
    private Map<GroupMember, Set<UUID>> groupsOf(Set<UUID> references) {
        Map<GroupMember, Set<UUID>> groups = new HashMap<>();
        if (references.isEmpty()) {
            return groups;
        }
        String select = "select group_id, member_kind, member_ref from sharing_group_member";
        RowCallbackHandler collect = rs -> {
            UUID reference = rs.getObject(3, UUID.class);
            if (references.contains(reference)) {
                groups.computeIfAbsent(new GroupMember(rs.getString(2), reference), member -> new HashSet<>())
                        .add(rs.getObject(1, UUID.class));
            }
        };
        if (references.size() > CHUNK) {
            jdbc.sql(select).query(collect);
        } else {
            jdbc.sql(select + " where member_ref in (:references)")
                    .param("references", references)
                    .query(collect);
        }
        return groups;
    }

    private static String regionKey(String region) {
        return new Audience(AudienceKind.REGION, region).key();
    }

    private static Row row(ResultSet rs, int number) throws SQLException {
        return new Row(
                rs.getObject("id", UUID.class),
                Role.valueOf(rs.getString("role")),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("region"));
    }

    private static List<List<UUID>> chunks(Collection<UUID> ids) {
        List<List<UUID>> chunks = new ArrayList<>();
        List<UUID> current = new ArrayList<>(CHUNK);
        for (UUID id : ids) {
            current.add(id);
            if (current.size() == CHUNK) {
                chunks.add(current);
                current = new ArrayList<>(CHUNK);
            }
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }

    /**
     * One enabled account with the approved organisation it belongs to.
     *
     * @param organisation null when the account belongs to no member of an approved organisation
     */
    private record Row(
            UUID account,
            Role role,
            @Nullable UUID organisation,
            @Nullable String region) {}

    /** An organisation or an account as a member of sharing groups. */
    private record GroupMember(String kind, UUID reference) {

        static GroupMember organisation(UUID organisation) {
            return new GroupMember(JdbcSharingGroups.MemberKind.ORGANISATION.name(), organisation);
        }

        static GroupMember account(UUID account) {
            return new GroupMember(JdbcSharingGroups.MemberKind.ACCOUNT.name(), account);
        }
    }

    /** Audience keys sorted by kind; keys of no known kind reach no one. */
    private static final class Wanted {

        final Set<String> keys = new LinkedHashSet<>();
        boolean network;
        final Set<UUID> members = new LinkedHashSet<>();
        final Set<UUID> organisations = new LinkedHashSet<>();
        final Set<UUID> groups = new LinkedHashSet<>();
        final Set<String> sectors = new LinkedHashSet<>();
        final Set<String> regions = new LinkedHashSet<>();

        static Wanted of(Collection<String> audienceKeys) {
            Wanted wanted = new Wanted();
            for (String key : audienceKeys) {
                Audience audience = parse(key);
                if (audience == null) {
                    continue;
                }
                wanted.keys.add(audience.key());
                switch (audience.kind()) {
                    case NETWORK -> wanted.network = true;
                    case SECTOR -> wanted.sectors.add(audience.reference());
                    case REGION -> wanted.regions.add(audience.reference());
                    case ORGANISATION -> addIdentifier(wanted.organisations, audience.reference());
                    case GROUP -> addIdentifier(wanted.groups, audience.reference());
                    case MEMBER -> addIdentifier(wanted.members, audience.reference());
                }
            }
            return wanted;
        }

        boolean isEmpty() {
            return keys.isEmpty();
        }

        int size() {
            return members.size() + organisations.size() + groups.size() + sectors.size() + regions.size();
        }

        private static @Nullable Audience parse(@Nullable String key) {
            if (key == null || key.isBlank()) {
                return null;
            }
            try {
                return Audience.ofKey(key);
            } catch (IllegalArgumentException ex) {
                return null;
            }
        }

        private static void addIdentifier(Set<UUID> identifiers, String reference) {
            try {
                identifiers.add(UUID.fromString(reference));
            } catch (IllegalArgumentException ex) {
                // names nothing that exists; the key stays in the set and simply matches no reader
            }
        }
    }
}
