package org.bulwark.identity.internal;

import org.bulwark.identity.Accounts;
import org.bulwark.identity.NewAccount;
import org.bulwark.identity.Role;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Registers the first administrator of a new network from configuration, so that a production instance, which
 * never creates demo accounts, can be signed in to at all. Does nothing once any account exists.
 */
@Component
@EnableConfigurationProperties(FirstAdministrator.Settings.class)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final Accounts accounts;
    private final Settings settings;

    FirstAdministrator(Accounts accounts, Settings settings) {
        this.accounts = accounts;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (settings.username() == null
                || settings.username().isBlank()
                || !accounts.all().isEmpty()) {
            return;
        }
        if (settings.password() == null || settings.password().isBlank()) {
            throw new IllegalStateException("BULWARK_ADMIN_USERNAME is set but BULWARK_ADMIN_PASSWORD is not");
        }
        if (settings.email() == null || settings.email().isBlank()) {
            throw new IllegalStateException("BULWARK_ADMIN_USERNAME is set but BULWARK_ADMIN_EMAIL is not");
        }
        accounts.register(new NewAccount(
                settings.username(), "Administrator", settings.email(), Role.ADMIN, settings.password()));
        log.info("Registered the first administrator account '{}'", settings.username());
    }

    /** The first administrator; the password must satisfy the password policy. */
    @ConfigurationProperties("bulwark.identity.first-admin")
    record Settings(
            @Nullable String username,
            @Nullable String password,
            @Nullable String email) {}
}
