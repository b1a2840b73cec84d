package org.bulwark.identity;

import org.springframework.util.Assert;

/**
 * What it takes to register an account. The raw password is hashed on registration and never stored.
 *
 * @param username unique ignoring case; letters, digits, dot, dash, underscore or at sign, 3 to 60 characters
 * @param displayName the name other people see, must not be empty
 * @param email where the person can be reached, must not be empty
 * @param role must not be null
 * @param rawPassword must follow the password policy: at least 12 characters and not the username
 */
public record NewAccount(String username, String displayName, String email, Role role, String rawPassword) {

    public NewAccount {
        Assert.notNull(username, "username must not be null");
        Assert.notNull(displayName, "displayName must not be null");
        Assert.notNull(email, "email must not be null");
        Assert.notNull(role, "role must not be null");
        Assert.notNull(rawPassword, "rawPassword must not be null");
    }

    @Override
    public String toString() {
        return "NewAccount[" + username + ", " + role + "]";
    }
}
