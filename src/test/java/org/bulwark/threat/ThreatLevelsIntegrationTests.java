package org.bulwark.threat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class ThreatLevelsIntegrationTests {

    static final BulwarkUser COORDINATOR = BulwarkUser.of(UUID.randomUUID(), "coordinator", "Casey", Role.COORDINATOR);

    @Autowired
    ThreatLevels levels;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theUkSchemeIsActiveWithItsFiveLevelsInOrder() {
        ThreatScheme uk = levels.activeScheme();

        assertThat(uk.code()).isEqualTo("UK");
        assertThat(uk.levels())
                .extracting(ThreatLevel::code)
                .containsExactly("LOW", "MODERATE", "SUBSTANTIAL", "SEVERE", "CRITICAL");
        assertThat(uk.level("SEVERE").orElseThrow().meaning()).isEqualTo("An attack is highly likely");
        assertThat(levels.schemes()).extracting(ThreatScheme::code).contains("VIGIPIRATE");
    }

    @Test
    void aSiteTakesTheHighestOfTheNationalItsRegionAndItsSectorLevel() {
        levels.change(new LevelChange(Scope.NATIONAL, "MODERATE", "Baseline", null, Visibility.PUBLIC), COORDINATOR);
        levels.change(
                new LevelChange(Scope.sector("education"), "SEVERE", "Reported interest", null, Visibility.PARTNERS),
                COORDINATOR);

        assertThat(levels.effectiveFor("education", null).code()).isEqualTo("SEVERE");
        assertThat(levels.effectiveFor("retail", null).code()).isEqualTo("MODERATE");
        assertThat(levels.current(Scope.sector("education")).orElseThrow().reason())
                .isEqualTo("Reported interest");
    }

    @Test
    void aRegionLevelIsStoredAsTheDirectorySpellsTheRegionSoThatItsSitesGetIt() {
        String region = "Fenland " + UUID.randomUUID().toString().substring(0, 8);
        String name = "Region spelling " + UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("insert into organisation (id, name, name_key, kind, region, status, created_at, updated_at, version)"
                        + " values (?, ?, ?, 'PRIVATE', ?, 'APPROVED', ?, ?, 0)")
                .params(UUID.randomUUID(), name, name.toLowerCase(java.util.Locale.ROOT), region, now, now)
                .update();

        ScopeLevel set = levels.change(
                new LevelChange(
                        Scope.region(region.toUpperCase(java.util.Locale.ROOT)),
                        "CRITICAL",
                        "Typed in capitals",
                        null,
                        Visibility.PARTNERS),
                COORDINATOR);

        assertThat(set.scope()).isEqualTo(Scope.region(region));
        assertThat(levels.effectiveFor("retail", region).code()).isEqualTo("CRITICAL");
        assertThat(levels.effectiveFor("retail", null).code()).isNotEqualTo("CRITICAL");
    }

    @Test
    void aLapsedLevelGivesWayToTheOneBeforeIt() {
        levels.change(
                new LevelChange(Scope.sector("health"), "SUBSTANTIAL", "Steady", null, Visibility.PARTNERS),
                COORDINATOR);
        ScopeLevel raised = levels.change(
                new LevelChange(
                        Scope.sector("health"),
                        "CRITICAL",
                        "Imminent",
                        Instant.now().plus(1, ChronoUnit.HOURS),
                        Visibility.PARTNERS),
                COORDINATOR);
        assertThat(levels.current(Scope.sector("health")).orElseThrow().level().code())
                .isEqualTo("CRITICAL");

        jdbc.sql("update threat_level_change set expires_at = ? where id = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1), raised.changeId())
                .update();

        assertThat(levels.current(Scope.sector("health")).orElseThrow().level().code())
                .isEqualTo("SUBSTANTIAL");
    }

    @Test
    void aChangeThatCannotBeAcceptedSaysWhyAndChangesNothing() {
        long before = jdbc.sql("select count(*) from threat_level_change")
                .query(Long.class)
                .single();

        assertThatThrownBy(() -> levels.change(
                        new LevelChange(Scope.NATIONAL, "PURPLE", "x", null, Visibility.PUBLIC), COORDINATOR))
                .isInstanceOf(InvalidThreatLevelChange.class)
                .hasMessageContaining("LOW, MODERATE, SUBSTANTIAL, SEVERE, CRITICAL");
        assertThatThrownBy(() -> levels.change(
                        new LevelChange(Scope.NATIONAL, "LOW", "  ", null, Visibility.PUBLIC), COORDINATOR))
                .isInstanceOf(InvalidThreatLevelChange.class)
                .hasMessageContaining("reason");
        assertThatThrownBy(() -> levels.change(
                        new LevelChange(Scope.sector("no-such-sector"), "LOW", "x", null, Visibility.PUBLIC),
                        COORDINATOR))
                .isInstanceOf(InvalidThreatLevelChange.class)
                .hasMessageContaining("not a sector");
        assertThatThrownBy(() -> levels.change(
                        new LevelChange(
                                Scope.NATIONAL, "LOW", "x", Instant.now().minusSeconds(5), Visibility.PUBLIC),
                        COORDINATOR))
                .isInstanceOf(InvalidThreatLevelChange.class)
                .hasMessageContaining("future");

        assertThat(jdbc.sql("select count(*) from threat_level_change")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }
}
