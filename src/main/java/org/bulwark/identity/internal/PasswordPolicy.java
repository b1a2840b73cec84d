package org.bulwark.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bulwark.identity.AccountRejectedException.Problem;

/**
 * What makes a password acceptable: long enough to resist guessing, short enough to hash quickly, and not built on
 * the username, which an attacker always knows.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    private PasswordPolicy() {}

    /** Every way in which the password breaks the policy; empty when it is acceptable. */
    static List<Problem> check(String username, String rawPassword) {
        List<Problem> problems = new ArrayList<>();
        int length = rawPassword.codePointCount(0, rawPassword.length());
        if (length < MIN_LENGTH) {
            problems.add(Problem.of(
                    "password",
                    "account.password.tooShort",
                    "The password must have at least " + MIN_LENGTH + " characters; this one has " + length + ".",
                    MIN_LENGTH,
                    length));
        }
        if (length > MAX_LENGTH) {
            problems.add(Problem.of(
                    "password",
                    "account.password.tooLong",
                    "The password must have at most " + MAX_LENGTH + " characters; this one has " + length + ".",
                    MAX_LENGTH,
                    length));
        }
        String name = username.trim().toLowerCase(Locale.ROOT);
        if (!name.isEmpty() && rawPassword.toLowerCase(Locale.ROOT).contains(name)) {
            problems.add(Problem.of(
                    "password", "account.password.containsUsername", "The password must not contain the username."));
        }
        return problems;
    }
}
