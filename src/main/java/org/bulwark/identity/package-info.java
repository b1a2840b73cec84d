/**
 * Accounts, roles, login, API tokens and the access policy that decides who may do what.
 */
@ApplicationModule(displayName = "Identity")
@NullMarked
package org.bulwark.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
