package org.bulwark.identity;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The roles of a network. Anonymous members of the public have no account and therefore no role.
 */
public enum Role {
    COORDINATOR,
    ANALYST,
    ADVISOR,
    OPERATOR,
    INTEGRATION,
    OVERSEER,
    ADMIN;

    /** The Spring Security authority for this role, {@code ROLE_<NAME>}; never returns null. */
    public GrantedAuthority authority() {
        return new SimpleGrantedAuthority("ROLE_" + name());
    }

    /** The key of this role's display name in the message bundles. */
    public String messageKey() {
        return "role." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
