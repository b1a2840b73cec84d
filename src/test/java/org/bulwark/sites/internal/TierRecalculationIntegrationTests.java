package org.bulwark.sites.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.bulwark.sites.SiteFixtures;
import org.bulwark.sites.Sites;
import org.bulwark.sites.Tier;
import org.bulwark.sites.UseType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class TierRecalculationIntegrationTests {

    @Autowired
    Sites sites;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TierRecalculation recalculation;

    @Autowired
    TierRules rules;

    @ParameterizedTest
    @CsvSource({
        "ARENA, 199",
        "ARENA, 200",
        "ARENA, 799",
        "ARENA, 800",
        "SCHOOL, 199",
        "SCHOOL, 200",
        "SCHOOL, 800",
        "CHILDCARE, 5000",
        "PLACE_OF_WORSHIP, 800"
    })
    void storedTiersThatNoLongerMatchTheRulesAreCorrectedAtStartUp(UseType use, int capacity) {
        UUID id = sites.register(SiteFixtures.details(SiteFixtures.unique("Recalc"), null, 0))
                .id();
        jdbc.sql("update site set use_type = ?, capacity = ?, tier = 'WRONG' where id = ?")
                .params(use.code(), capacity, id)
                .update();

        recalculation.recalculate();

        Tier stored = Tier.valueOf(jdbc.sql("select tier from site where id = ?")
                .param(id)
                .query(String.class)
                .single());
        assertThat(stored).isEqualTo(rules.tierOf(use, capacity));
    }
}
