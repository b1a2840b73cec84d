package org.bulwark.partners.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.bulwark.identity.Reader;
import org.bulwark.identity.Readers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.transaction.annotation.Transactional;

/**
 * The readers of a network of 20,000 people in 2,000 organisations are worked out with a few set-based queries,
 * quickly enough to address an item to all of them. The network is written in the test's transaction and rolled
 * back, so that other tests never see it.
 */
@SpringBootTest
@Transactional
class JdbcReadersScaleIntegrationTests {

    static final int ORGANISATIONS = 2_000;
    static final int PEOPLE_PER_ORGANISATION = 10;
    static final int GROUPS = 40;
    static final List<String> REGIONS =
            List.of("Old Town", "Harbourside", "Northgate", "Westbrook", "Southmere", "Ashby Vale", "Fenwick Moor");
    static final List<String> SECTORS = List.of(
            "night-time-economy",
            "cinemas-theatres",
            "stadia-arenas",
            "retail",
            "health",
            "education",
            "places-of-worship",
            "hotels-restaurants",
            "major-events",
            "visitor-attractions",
            "commercial-centres",
            "transport");

    /** A few queries whatever the number of accounts: never one per account or per organisation. */
    static final int MOST_STATEMENTS = 8;

    @Autowired
    Readers readers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    int statements;

    final List<UUID> accounts = new ArrayList<>();
    final Set<UUID> readingAccounts = new HashSet<>();
    final List<UUID> groups = new ArrayList<>();

    @BeforeEach
    void largeNetwork() {
        Timestamp now = Timestamp.from(Instant.now());
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<Object[]> organisations = new ArrayList<>();
        List<Object[]> sectors = new ArrayList<>();
        List<Object[]> people = new ArrayList<>();
        List<Object[]> members = new ArrayList<>();
        List<UUID> organisationIds = new ArrayList<>();
        for (int o = 0; o < ORGANISATIONS; o++) {
            UUID organisation = UUID.randomUUID();
            organisationIds.add(organisation);
            // one organisation in twenty is suspended, and its people read nothing of the network
            boolean approved = o % 20 != 7;
            String name = "Scale " + run + " organisation " + o;
            organisations.add(new Object[] {
                organisation,
                name,
                name.toLowerCase(),
                "PRIVATE",
                REGIONS.get(o % REGIONS.size()),
                approved ? "APPROVED" : "SUSPENDED",
                now,
                now
            });
            sectors.add(new Object[] {organisation, SECTORS.get(o % SECTORS.size())});
            if (o % 3 == 0) {
                sectors.add(new Object[] {organisation, SECTORS.get((o + 5) % SECTORS.size())});
            }
            for (int p = 0; p < PEOPLE_PER_ORGANISATION; p++) {
                UUID account = UUID.randomUUID();
                accounts.add(account);
                // one account in a hundred is disabled
                boolean enabled = (o * PEOPLE_PER_ORGANISATION + p) % 100 != 42;
                if (approved && enabled) {
                    readingAccounts.add(account);
                }
                String username = "scale-" + run + "-" + o + "-" + p;
                people.add(
                        new Object[] {account, username, username, username, username + "@example.org", enabled, now});
                members.add(new Object[] {
                    UUID.randomUUID(), organisation, "Person " + o + "-" + p, username + "@example.org", account, now
                });
            }
        }
        jdbc.batchUpdate(
                "insert into organisation (id, name, name_key, kind, region, status, created_at, updated_at, version)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, 0)",
                organisations);
        jdbc.batchUpdate("insert into organisation_sector (organisation_id, sector_code) values (?, ?)", sectors);
        jdbc.batchUpdate(
                "insert into account (id, username, username_key, display_name, email, role, password_hash, enabled,"
                        + " failed_logins, created_at, version) values (?, ?, ?, ?, ?, 'OPERATOR', 'x', ?, 0, ?, 0)",
                people);
        jdbc.batchUpdate(
                "insert into member (id, organisation_id, full_name, email, role, account_id, created_at, version)"
                        + " values (?, ?, ?, ?, 'OPERATOR', ?, ?, 0)",
                members);
        List<Object[]> groupRows = new ArrayList<>();
        List<Object[]> groupMembers = new ArrayList<>();
        for (int g = 0; g < GROUPS; g++) {
            UUID group = UUID.randomUUID();
            groups.add(group);
            String name = "Scale " + run + " group " + g;
            groupRows.add(new Object[] {group, name, name.toLowerCase(), now, now});
            for (int i = 0; i < 25; i++) {
                groupMembers.add(
                        new Object[] {group, "ORGANISATION", organisationIds.get((g * 50 + i) % ORGANISATIONS), now});
                groupMembers.add(
                        new Object[] {group, "ACCOUNT", accounts.get((g * 500 + i * 7) % accounts.size()), now});
            }
        }
        jdbc.batchUpdate(
                "insert into sharing_group (id, name, name_key, created_at, updated_at, version)"
                        + " values (?, ?, ?, ?, ?, 0)",
                groupRows);
        jdbc.batchUpdate(
                "insert into sharing_group_member (group_id, member_kind, member_ref, added_at, added_by)"
                        + " values (?, ?, ?, ?, '00000000-0000-0000-0000-000000000001')",
                groupMembers);
        boolean postgres = Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) connection ->
                connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")));
        if (postgres) {
            // the planner must know the tables' new sizes, as it would in a network that grew to them
            jdbc.execute("analyze account, member, organisation, organisation_sector, sharing_group_member");
        }
    }

    @Test
    void wholeNetworkIsReachedQuicklyWithAFewQueries() {
        List<Reader> reached = answer("reachedBy(network)", () -> readers.reachedBy(List.of("network")));
        assertThat(statementsFor(readers -> readers.reachedBy(List.of("network"))))
                .isLessThanOrEqualTo(MOST_STATEMENTS);

        assertThat(reached.stream().map(Reader::account).filter(accounts::contains))
                .containsExactlyInAnyOrderElementsOf(readingAccounts);
        assertThat(reached).allSatisfy(reader -> assertThat(reader.keys()).contains("network"));
    }

    @Test
    void readersOfTwentyThousandAccountsAreFoundQuicklyWithAFewQueries() {
        List<Reader> found = answer("readers(20,000 accounts)", () -> readers.readers(accounts));
        assertThat(statementsFor(readers -> readers.readers(accounts))).isLessThanOrEqualTo(MOST_STATEMENTS);
        assertThat(statementsFor(readers -> readers.readers(accounts.subList(0, 3_000))))
                .isLessThanOrEqualTo(MOST_STATEMENTS);

        assertThat(found).hasSize(accounts.size() - accounts.size() / 100);
        assertThat(found.stream().filter(reader -> reader.organisation() != null))
                .hasSize(readingAccounts.size());
    }

    @Test
    void typicalAudienceIsReachedQuicklyWithAFewQueries() {
        List<String> audience = List.of(
                "sector:places-of-worship", "region:harbourside", "group:" + groups.get(3), "group:" + groups.get(17));

        List<Reader> reached = answer("reachedBy(2 sectors, a region, 2 groups)", () -> readers.reachedBy(audience));
        assertThat(statementsFor(readers -> readers.reachedBy(audience))).isLessThanOrEqualTo(MOST_STATEMENTS);

        assertThat(reached).isNotEmpty().allMatch(reader -> reader.isNamedBy(Set.copyOf(audience)));
        assertThat(reached)
                .extracting(Reader::account)
                .filteredOn(accounts::contains)
                .allMatch(readingAccounts::contains);
    }

    /** How many statements the call prepares, counted on the test's own connection, which holds the network. */
    private int statementsFor(Consumer<Readers> call) {
        DataSource counting = new DelegatingDataSource(dataSource) {
            @Override
            public Connection getConnection() {
                Connection connection = DataSourceUtils.getConnection(dataSource);
                return (Connection) Proxy.newProxyInstance(
                        getClass().getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                            switch (method.getName()) {
                                // the transaction of the test owns the connection
                                case "close" -> {
                                    return null;
                                }
                                case "prepareStatement", "createStatement", "prepareCall" -> statements++;
                                default -> {}
                            }
                            try {
                                return method.invoke(connection, args);
                            } catch (InvocationTargetException ex) {
                                throw ex.getCause();
                            }
                        });
            }
        };
        statements = 0;
        call.accept(new JdbcReaders(JdbcClient.create(counting)));
        return statements;
    }

    /** The answer of the call; its speed is the benchmark's business, not a test's. */
    private static <T> T answer(String what, Supplier<T> call) {
        return call.get();
    }
}
