package org.bulwark.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bulwark.identity.AccountRejectedException.Problem;
import org.junit.jupiter.api.Test;

class PasswordPolicyUnitTests {

    @Test
    void passwordOfTwelveCharactersIsAccepted() {
        assertThat(PasswordPolicy.check("casey", "correct-hors")).isEmpty();
    }

    @Test
    void passwordShorterThanTwelveCharactersIsRejectedSayingHowLongItMustBe() {
        List<Problem> problems = PasswordPolicy.check("casey", "short-pass1");

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("password");
            assertThat(problem.messageKey()).isEqualTo("account.password.tooShort");
            assertThat(problem.arguments()).containsExactly(12, 11);
            assertThat(problem.message()).isEqualTo("The password must have at least 12 characters; this one has 11.");
        });
    }

    @Test
    void lengthCountsCharactersNotBytes() {
        assertThat(PasswordPolicy.check("casey", "éèêëàâîïôöùû")).isEmpty();
        assertThat(PasswordPolicy.check("casey", "😀😀😀😀😀😀😀😀😀😀😀"))
                .extracting(Problem::messageKey)
                .containsExactly("account.password.tooShort");
    }

    @Test
    void usernameAsPasswordIsRejectedIgnoringCase() {
        assertThat(PasswordPolicy.check("coordinator.one", "Coordinator.One"))
                .extracting(Problem::messageKey)
                .containsExactly("account.password.containsUsername");
    }

    @Test
    void passwordContainingTheUsernameIsRejected() {
        assertThat(PasswordPolicy.check("analyst", "my-ANALYST-password"))
                .extracting(Problem::message)
                .containsExactly("The password must not contain the username.");
    }

    @Test
    void passwordLongerThan128CharactersIsRejected() {
        assertThat(PasswordPolicy.check("casey", "x".repeat(129)))
                .extracting(Problem::messageKey)
                .containsExactly("account.password.tooLong");
    }

    @Test
    void everyBrokenRuleIsReported() {
        assertThat(PasswordPolicy.check("casey", "casey"))
                .extracting(Problem::messageKey)
                .containsExactly("account.password.tooShort", "account.password.containsUsername");
    }
}
