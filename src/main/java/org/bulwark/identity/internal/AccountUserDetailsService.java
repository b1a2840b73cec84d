package org.bulwark.identity.internal;

import org.bulwark.identity.BulwarkUser;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads an account for a login by its username, ignoring case. */
@Component
class AccountUserDetailsService implements UserDetailsService {

    private final JdbcAccounts accounts;

    AccountUserDetailsService(JdbcAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public BulwarkUser loadUserByUsername(String username) {
        return accounts.loginOf(username)
                .orElseThrow(() -> new UsernameNotFoundException("No account with this username"));
    }
}
