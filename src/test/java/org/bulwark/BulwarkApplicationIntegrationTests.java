package org.bulwark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class BulwarkApplicationIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void migrationsCreateTheEventPublicationRegistry() {
        Integer rows = jdbc.sql("select count(*) from event_publication")
                .query(Integer.class)
                .single();
        assertThat(rows).isNotNull();
    }
}
