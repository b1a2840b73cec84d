package org.bulwark.sites;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import org.bulwark.geo.GeoPoint;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Rows the site tests need from other modules, each with a unique name because tests share one database. */
public final class SiteFixtures {

    private SiteFixtures() {}

    /** A partner organisation with a unique name starting with {@code prefix}. */
    public static Organisation organisation(JdbcClient jdbc, String prefix) {
        UUID id = UUID.randomUUID();
        String name = prefix + " " + id.toString().substring(0, 8);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("insert into organisation (id, name, name_key, kind, region, status, created_at, updated_at, version)"
                        + " values (?, ?, ?, 'PRIVATE', 'Centre', 'APPROVED', ?, ?, 0)")
                .params(id, name, name.toLowerCase(Locale.ROOT), now, now)
                .update();
        return new Organisation(id, name);
    }

    /** An operator whose account is a member of the organisation. */
    public static BulwarkUser operatorOf(JdbcClient jdbc, Organisation organisation) {
        UUID account = UUID.randomUUID();
        jdbc.sql("insert into member (id, organisation_id, full_name, email, role, account_id, created_at, version)"
                        + " values (?, ?, 'Olu Operator', 'olu@example.org', 'OPERATOR', ?, ?, 0)")
                .params(UUID.randomUUID(), organisation.id(), account, OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        return BulwarkUser.of(account, "operator-" + account.toString().substring(0, 8), "Olu", Role.OPERATOR);
    }

    public static BulwarkUser user(Role role) {
        return BulwarkUser.of(UUID.randomUUID(), role.name().toLowerCase(Locale.ROOT), "Test " + role, role);
    }

    public static SiteDetails details(String name, UUID organisation, int capacity) {
        return new SiteDetails(
                name,
                "1 Test Street",
                new GeoPoint(51.5, -0.12),
                "stadia-arenas",
                UseType.ARENA,
                capacity,
                organisation,
                new SiteContact("Sam", "+44 20 7946 0000", "sam@example.org"),
                "Daily 09:00-17:00");
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public record Organisation(UUID id, String name) {}
}
