package org.bulwark.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class AccountsIntegrationTests {

    static final String PASSWORD = "bulwark-demo";

    @Autowired
    Accounts accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void registeringPublishesAccountRegistered() {
        UUID id = accounts.register(
                new NewAccount(unique("event"), "Evan Event", "evan@example.org", Role.ANALYST, PASSWORD));

        assertThat(events.stream(AccountRegistered.class)).singleElement().satisfies(event -> {
            assertThat(event.account()).isEqualTo(id);
            assertThat(event.at()).isNotNull();
        });
    }

    @Test
    void registeredAccountCanBeFoundByIdAndUsernameAndIsListed() {
        String username = unique("Found");
        UUID id =
                accounts.register(new NewAccount(username, "Fran Found", "fran@example.org", Role.OVERSEER, PASSWORD));

        AccountSummary found = accounts.find(id).orElseThrow();
        assertThat(found.username()).isEqualTo(username);
        assertThat(found.displayName()).isEqualTo("Fran Found");
        assertThat(found.email()).isEqualTo("fran@example.org");
        assertThat(found.role()).isEqualTo(Role.OVERSEER);
        assertThat(found.enabled()).isTrue();
        assertThat(found.lastLoginAt()).isNull();
        assertThat(accounts.findByUsername(username.toLowerCase())).contains(found);
        assertThat(accounts.all()).contains(found);
        assertThat(accounts.exists(username.toUpperCase())).isTrue();
        assertThat(accounts.find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void passwordIsStoredOnlyAsAnArgon2idHash() {
        String username = unique("hash");
        accounts.register(new NewAccount(username, "Hal Hash", "hal@example.org", Role.ADVISOR, PASSWORD));

        String hash = jdbc.sql("select password_hash from account where username_key = ?")
                .param(username)
                .query(String.class)
                .single();
        assertThat(hash).startsWith("$argon2id$").doesNotContain(PASSWORD);
    }

    @Test
    void usernamesAreUniqueIgnoringCase() {
        String username = unique("dup");
        accounts.register(new NewAccount(username, "First", "first@example.org", Role.OPERATOR, PASSWORD));

        assertThatThrownBy(() -> accounts.register(new NewAccount(
                        username.toUpperCase(), "Second", "second@example.org", Role.OPERATOR, PASSWORD)))
                .isInstanceOf(AccountRejectedException.class)
                .hasMessageContaining("is already taken");
        assertThat(events.stream(AccountRegistered.class)).hasSize(1);
    }

    @Test
    void rejectedRegistrationSaysEverythingToFixAndStoresNothing() {
        String username = unique("weak");

        assertThatThrownBy(() -> accounts.register(new NewAccount(username, " ", "nope", Role.OPERATOR, username)))
                .isInstanceOfSatisfying(
                        AccountRejectedException.class,
                        rejected -> assertThat(rejected.problems())
                                .extracting(AccountRejectedException.Problem::field)
                                .containsExactly("displayName", "email", "password"));
        assertThat(accounts.exists(username)).isFalse();
        assertThat(events.stream(AccountRegistered.class)).isEmpty();
    }

    @Test
    void usernameWithSpacesOrTooShortIsRejected() {
        assertThatThrownBy(() -> accounts.register(
                        new NewAccount("a b", "Spacey", "s@example.org", Role.OPERATOR, "long enough password")))
                .isInstanceOf(AccountRejectedException.class)
                .hasMessageContaining("3 to 60 characters");
    }

    @Test
    void userDetailsServiceReturnsTheBulwarkUser() {
        String username = unique("details");
        UUID id = accounts.register(
                new NewAccount(username, "Dee Details", "dee@example.org", Role.COORDINATOR, PASSWORD));

        assertThat(users.loadUserByUsername(username.toUpperCase())).isInstanceOfSatisfying(BulwarkUser.class, user -> {
            assertThat(user.accountId()).isEqualTo(id);
            assertThat(user.role()).isEqualTo(Role.COORDINATOR);
            assertThat(user.displayName()).isEqualTo("Dee Details");
            assertThat(user.isAccountNonLocked()).isTrue();
        });
    }
}
