package org.bulwark.threat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.bulwark.geo.GeoPoint;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Role;
import org.bulwark.sites.SiteContact;
import org.bulwark.sites.SiteDetails;
import org.bulwark.sites.UseType;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Rows the measure tests need, each unique because tests share one database. */
final class MeasureFixtures {

    private static final Random RANDOM = new Random();

    private MeasureFixtures() {}

    static BulwarkUser user(Role role) {
        return BulwarkUser.of(UUID.randomUUID(), role.name().toLowerCase(Locale.ROOT), "Test " + role, role);
    }

    /** An approved organisation in a region of its own, so that no other test's regional level reaches it. */
    static Organisation organisation(JdbcClient jdbc) {
        UUID id = UUID.randomUUID();
        String name = "Measures org " + id.toString().substring(0, 8);
        String region = "Region " + id.toString().substring(0, 8);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("insert into organisation (id, name, name_key, kind, region, status, created_at, updated_at, version)"
                        + " values (?, ?, ?, 'PRIVATE', ?, 'APPROVED', ?, ?, 0)")
                .params(id, name, name.toLowerCase(Locale.ROOT), region, now, now)
                .update();
        return new Organisation(id, name, region);
    }

    static BulwarkUser operatorOf(JdbcClient jdbc, Organisation organisation) {
        UUID account = UUID.randomUUID();
        jdbc.sql("insert into member (id, organisation_id, full_name, email, role, account_id, created_at, version)"
                        + " values (?, ?, 'Ola Operator', 'ola@example.org', 'OPERATOR', ?, ?, 0)")
                .params(UUID.randomUUID(), organisation.id(), account, OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        return BulwarkUser.of(account, "operator-" + account.toString().substring(0, 8), "Ola", Role.OPERATOR);
    }

    static SiteDetails stadium(String name, @Nullable UUID organisation) {
        return site(name, "stadia-arenas", UseType.STADIUM, 30_000, organisation);
    }

    static SiteDetails shop(String name, @Nullable UUID organisation) {
        return site(name, "retail", UseType.RETAIL_STORE, 900, organisation);
    }

    static SiteDetails site(String name, String sector, UseType use, int capacity, @Nullable UUID organisation) {
        return new SiteDetails(
                name,
                "2 Test Road",
                new GeoPoint(53.3 + RANDOM.nextDouble() / 100, 0.25 + RANDOM.nextDouble() / 100),
                sector,
                use,
                capacity,
                organisation,
                SiteContact.NONE,
                null);
    }

    /** A code no other test uses, such as {@code QXZRT-7}. */
    static String uniqueCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            code.append((char) ('A' + RANDOM.nextInt(26)));
        }
        return code.append('-').append(1 + RANDOM.nextInt(999)).toString();
    }

    static MeasureDraft draft(String code, @Nullable Integer fromRank) {
        return new MeasureDraft(
                code,
                "GAT",
                "Test measure " + code,
                "Mesure d’essai " + code,
                List.of(),
                List.of(),
                List.of(),
                fromRank);
    }

    record Organisation(UUID id, String name, String region) {}
}
