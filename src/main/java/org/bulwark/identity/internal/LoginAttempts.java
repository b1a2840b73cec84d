package org.bulwark.identity.internal;

import org.bulwark.identity.BulwarkUser;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Username and password authentication for the login page and the token endpoint alike: counts failures, locks
 * the account when they reach the limit, and clears the count on success.
 */
class LoginAttempts implements AuthenticationProvider {

    private final AuthenticationProvider passwordCheck;
    private final JdbcAccounts accounts;
    private final PasswordEncoder passwords;
    private final String decoyHash;

    LoginAttempts(AuthenticationProvider passwordCheck, JdbcAccounts accounts, PasswordEncoder passwords) {
        this.passwordCheck = passwordCheck;
        this.accounts = accounts;
        this.passwords = passwords;
        this.decoyHash = passwords.encode("decoy password, never used to sign in");
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        try {
            Authentication result = passwordCheck.authenticate(authentication);
            BulwarkUser user = BulwarkUser.from(result);
            if (user != null) {
                accounts.recordSuccessfulLogin(user.accountId());
            }
            return result;
        } catch (LockedException locked) {
            // a locked account is refused without checking the password; spend the same time as a check would,
            // so that the answer's timing does not tell that the username exists
            passwords.matches(String.valueOf(authentication.getCredentials()), decoyHash);
            throw locked;
        } catch (BadCredentialsException badCredentials) {
            accounts.recordFailedLogin(authentication.getName());
            throw badCredentials;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
