package org.bulwark.identity;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.util.Assert;

/**
 * The signed-in account as every module sees it: identifier, username, display name and role.
 *
 * <p>The password hash is only present while Spring Security checks a login; it is erased afterwards.
 */
public final class BulwarkUser implements UserDetails, CredentialsContainer {

    private final UUID accountId;
    private final String username;
    private final String displayName;
    private final Role role;
    private final boolean enabled;
    private final boolean accountNonLocked;
    private @Nullable String passwordHash;

    public BulwarkUser(
            UUID accountId,
            String username,
            String displayName,
            Role role,
            boolean enabled,
            @Nullable String passwordHash) {
        this(accountId, username, displayName, role, enabled, true, passwordHash);
    }

    /**
     * An account as the login sees it, including whether it is temporarily locked after failed logins.
     */
    public BulwarkUser(
            UUID accountId,
            String username,
            String displayName,
            Role role,
            boolean enabled,
            boolean accountNonLocked,
            @Nullable String passwordHash) {
        Assert.notNull(accountId, "accountId must not be null");
        Assert.hasText(username, "username must not be empty");
        Assert.notNull(role, "role must not be null");
        this.accountId = accountId;
        this.username = username;
        this.displayName = displayName == null || displayName.isBlank() ? username : displayName;
        this.role = role;
        this.enabled = enabled;
        this.accountNonLocked = accountNonLocked;
        this.passwordHash = passwordHash;
    }

    /** A signed-in user without credentials, as tests and token authentication build it. */
    public static BulwarkUser of(UUID accountId, String username, String displayName, Role role) {
        return new BulwarkUser(accountId, username, displayName, role, true, null);
    }

    /** The Bulwark user behind an authentication, or null when the caller is anonymous. */
    public static @Nullable BulwarkUser from(@Nullable Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof BulwarkUser user) {
            return user;
        }
        return null;
    }

    public UUID accountId() {
        return accountId;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public boolean hasRole(Role... roles) {
        for (Role candidate : roles) {
            if (candidate == role) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(role.authority());
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean isAccountNonLocked() {
        return accountNonLocked;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BulwarkUser that && accountId.equals(that.accountId);
    }

    @Override
    public int hashCode() {
        return accountId.hashCode();
    }

    @Override
    public String toString() {
        return "BulwarkUser[" + username + ", " + role + "]";
    }
}
