package org.bulwark.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bulwark.identity.AccountSummary;
import org.bulwark.identity.Accounts;
import org.bulwark.identity.NewAccount;
import org.bulwark.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;

class FirstAdministratorUnitTests {

    private final RecordingAccounts accounts = new RecordingAccounts();

    @Test
    void registersTheConfiguredAdministratorInAnEmptyNetwork() {
        start(new FirstAdministrator.Settings("root", "a long enough secret", "root@police.example"));

        assertThat(accounts.registered).singleElement().satisfies(account -> {
            assertThat(account.username()).isEqualTo("root");
            assertThat(account.role()).isEqualTo(Role.ADMIN);
        });
    }

    @Test
    void leavesANetworkWithAccountsAlone() {
        accounts.existing.add(new AccountSummary(
                UUID.randomUUID(),
                "someone",
                "Someone",
                "someone@police.example",
                Role.COORDINATOR,
                true,
                null,
                Instant.now(),
                null));

        start(new FirstAdministrator.Settings("root", "a long enough secret", "root@police.example"));

        assertThat(accounts.registered).isEmpty();
    }

    @Test
    void doesNothingWithoutAConfiguredUsername() {
        start(new FirstAdministrator.Settings(null, null, null));

        assertThat(accounts.registered).isEmpty();
    }

    @Test
    void refusesToStartWithAUsernameButNoPassword() {
        assertThatIllegalStateException()
                .isThrownBy(() -> start(new FirstAdministrator.Settings("root", "", "root@police.example")))
                .withMessageContaining("BULWARK_ADMIN_PASSWORD");
        assertThat(accounts.registered).isEmpty();
    }

    private void start(FirstAdministrator.Settings settings) {
        new FirstAdministrator(accounts, settings).run(new DefaultApplicationArguments());
    }

    private static final class RecordingAccounts implements Accounts {

        final List<NewAccount> registered = new ArrayList<>();
        final List<AccountSummary> existing = new ArrayList<>();

        @Override
        public UUID register(NewAccount account) {
            registered.add(account);
            return UUID.randomUUID();
        }

        @Override
        public boolean exists(String username) {
            return false;
        }

        @Override
        public Optional<AccountSummary> find(UUID id) {
            return Optional.empty();
        }

        @Override
        public Optional<AccountSummary> findByUsername(String username) {
            return Optional.empty();
        }

        @Override
        public List<AccountSummary> all() {
            return existing;
        }
    }
}
