package org.bulwark.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.bulwark.identity.AccountSummary;
import org.bulwark.identity.Accounts;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.NewAccount;
import org.bulwark.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class AccountAdminIntegrationTests {

    static final String PASSWORD = "an admin-chosen passphrase";

    static final BulwarkUser ADMIN = BulwarkUser.of(UUID.randomUUID(), "admin", "Alex Admin", Role.ADMIN);

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcAccounts store;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    UUID newAccount(String username) {
        return accounts.register(
                new NewAccount(username, "Olive Operator", "olive@venue.example", Role.OPERATOR, PASSWORD));
    }

    @Test
    void operatorIsForbiddenFromTheAccountsPage() throws Exception {
        mvc.perform(get("/admin/accounts")
                        .with(user(BulwarkUser.of(UUID.randomUUID(), "operator", "Olive", Role.OPERATOR))))
                .andExpect(status().isForbidden());
    }

    @Test
    void coordinatorIsForbiddenFromCreatingAccounts() throws Exception {
        String username = unique("sneaky");
        mvc.perform(post("/admin/accounts")
                        .with(user(BulwarkUser.of(UUID.randomUUID(), "coordinator", "Casey", Role.COORDINATOR)))
                        .with(csrf())
                        .param("username", username)
                        .param("displayName", "Sneaky")
                        .param("email", "s@example.org")
                        .param("role", "ADMIN")
                        .param("password", PASSWORD)
                        .param("passwordConfirmation", PASSWORD))
                .andExpect(status().isForbidden());
        assertThat(accounts.exists(username)).isFalse();
    }

    @Test
    void administratorSeesTheFullPageAndHtmxGetsOnlyTheResults() throws Exception {
        String username = unique("listed");
        newAccount(username);

        mvc.perform(get("/admin/accounts").with(user(ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<nav")))
                .andExpect(content().string(containsString("id=\"account-search\"")))
                .andExpect(content().string(containsString(username)));
        mvc.perform(get("/admin/accounts").with(user(ADMIN)).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"account-results\"")))
                .andExpect(content().string(not(containsString("<nav"))))
                .andExpect(content().string(containsString(username)));
    }

    @Test
    void htmxHistoryRestoreGetsTheFullPage() throws Exception {
        mvc.perform(get("/admin/accounts")
                        .with(user(ADMIN))
                        .header("HX-Request", "true")
                        .header("HX-History-Restore-Request", "true"))
                .andExpect(content().string(containsString("<nav")));
    }

    @Test
    void searchFindsAccountsByUsernameNameOrEmailIgnoringCase() throws Exception {
        String username = unique("findme");
        newAccount(username);
        String other = unique("other");
        newAccount(other);

        mvc.perform(get("/admin/accounts").param("q", username.toUpperCase()).with(user(ADMIN)))
                .andExpect(content().string(containsString(username)))
                .andExpect(content().string(not(containsString(other))));
        mvc.perform(get("/admin/accounts")
                        .param("q", "no-such-account-" + UUID.randomUUID())
                        .with(user(ADMIN)))
                .andExpect(content().string(containsString("No account matches this search")));
    }

    @Test
    void searchTreatsWildcardsAsText() throws Exception {
        mvc.perform(get("/admin/accounts").param("q", "%").with(user(ADMIN)))
                .andExpect(content().string(containsString("No account matches this search")));
    }

    @Test
    void administratorCreatesAnAccountThatCanSignIn() throws Exception {
        String username = unique("created");

        mvc.perform(post("/admin/accounts")
                        .with(user(ADMIN))
                        .with(csrf())
                        .param("username", username)
                        .param("displayName", "Ada Analyst")
                        .param("email", "ada@police.example")
                        .param("role", "ANALYST")
                        .param("password", PASSWORD)
                        .param("passwordConfirmation", PASSWORD))
                .andExpect(redirectedUrlPattern("/admin/accounts/*"));

        AccountSummary created = accounts.findByUsername(username).orElseThrow();
        assertThat(created.role()).isEqualTo(Role.ANALYST);
        assertThat(created.enabled()).isTrue();
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/"));
    }

    @Test
    void badNewAccountIsShownAgainWithEveryProblemNextToItsFieldAndNothingIsStored() throws Exception {
        String username = unique("bad");

        mvc.perform(post("/admin/accounts")
                        .with(user(ADMIN))
                        .with(csrf())
                        .param("username", username)
                        .param("displayName", "")
                        .param("email", "not-an-address")
                        .param("role", "ANALYST")
                        .param("password", "short")
                        .param("passwordConfirmation", "shorter"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Enter the name other people will see")))
                .andExpect(content().string(containsString("Enter an e-mail address such as name@example.org")))
                .andExpect(content()
                        .string(containsString("The password must have at least 12 characters; this one has 5.")))
                .andExpect(content().string(containsString("The two passwords are not the same")))
                .andExpect(content().string(not(containsString("value=\"short\""))));

        assertThat(accounts.exists(username)).isFalse();
    }

    @Test
    void takenUsernameIsRefusedIgnoringCaseInTheUsersLanguage() throws Exception {
        String username = unique("taken");
        newAccount(username);

        mvc.perform(post("/admin/accounts")
                        .with(user(ADMIN))
                        .with(csrf())
                        .param("lang", "fr")
                        .param("username", username.toUpperCase())
                        .param("displayName", "Double")
                        .param("email", "double@example.org")
                        .param("role", "OPERATOR")
                        .param("password", PASSWORD)
                        .param("passwordConfirmation", PASSWORD))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("est déjà pris")));
    }

    @Test
    void creatingWithoutCsrfTokenIsRejected() throws Exception {
        String username = unique("nocsrf");
        mvc.perform(post("/admin/accounts")
                        .with(user(ADMIN))
                        .param("username", username)
                        .param("displayName", "No Token")
                        .param("email", "n@example.org")
                        .param("role", "OPERATOR")
                        .param("password", PASSWORD)
                        .param("passwordConfirmation", PASSWORD))
                .andExpect(status().isForbidden());
        assertThat(accounts.exists(username)).isFalse();
    }

    @Test
    void administratorEditsDisplayNameEmailAndRole() throws Exception {
        UUID id = newAccount(unique("edited"));

        mvc.perform(post("/admin/accounts/{id}", id)
                        .with(user(ADMIN))
                        .with(csrf())
                        .param("displayName", "Olive Advisor")
                        .param("email", "olive@police.example")
                        .param("role", "ADVISOR"))
                .andExpect(redirectedUrl("/admin/accounts/" + id));

        AccountSummary edited = accounts.find(id).orElseThrow();
        assertThat(edited.displayName()).isEqualTo("Olive Advisor");
        assertThat(edited.email()).isEqualTo("olive@police.example");
        assertThat(edited.role()).isEqualTo(Role.ADVISOR);
    }

    @Test
    void badEditChangesNothing() throws Exception {
        UUID id = newAccount(unique("unchanged"));

        mvc.perform(post("/admin/accounts/{id}", id)
                        .with(user(ADMIN))
                        .with(csrf())
                        .param("displayName", "New Name")
                        .param("email", "broken")
                        .param("role", "ADVISOR"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Enter an e-mail address")));

        AccountSummary unchanged = accounts.find(id).orElseThrow();
        assertThat(unchanged.displayName()).isEqualTo("Olive Operator");
        assertThat(unchanged.role()).isEqualTo(Role.OPERATOR);
    }

    @Test
    void disablingAnAccountEndsItsSessionsAndTokens() throws Exception {
        String username = unique("disabled");
        UUID id = newAccount(username);
        Cookie session = mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
        ApiTokens.IssuedToken token = tokens.issue(id);

        mvc.perform(post("/admin/accounts/{id}/enabled", id)
                        .with(user(ADMIN))
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("enabled", "false"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"account-" + id + "\"")))
                .andExpect(content().string(containsString("disabled; the person was signed out")))
                .andExpect(content().string(not(containsString("<nav"))));

        assertThat(accounts.find(id).orElseThrow().enabled()).isFalse();
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?")
                        .param(username)
                        .query(Long.class)
                        .single())
                .isZero();
        mvc.perform(get("/").cookie(session)).andExpect(content().string(not(containsString("Olive Operator"))));
        assertThat(tokens.check(token.token())).isInstanceOf(ApiTokens.Refused.class);
    }

    @Test
    void enablingWithoutHtmxRedirectsToTheAccount() throws Exception {
        UUID id = newAccount(unique("enabled"));
        store.setEnabled(id, false);

        mvc.perform(post("/admin/accounts/{id}/enabled", id)
                        .with(user(ADMIN))
                        .with(csrf())
                        .param("enabled", "true"))
                .andExpect(redirectedUrl("/admin/accounts/" + id));

        assertThat(accounts.find(id).orElseThrow().enabled()).isTrue();
    }

    @Test
    void administratorCannotDisableTheirOwnAccount() throws Exception {
        String username = unique("self");
        UUID id = accounts.register(new NewAccount(username, "Self Admin", "self@example.org", Role.ADMIN, PASSWORD));
        BulwarkUser self = BulwarkUser.of(id, username, "Self Admin", Role.ADMIN);

        mvc.perform(post("/admin/accounts/{id}/enabled", id)
                        .with(user(self))
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("enabled", "false"))
                .andExpect(content().string(containsString("You cannot disable your own account")));

        assertThat(accounts.find(id).orElseThrow().enabled()).isTrue();
    }

    @Test
    void administratorCannotTakeTheAdministratorRoleFromTheirOwnAccount() throws Exception {
        String username = unique("selfrole");
        UUID id = accounts.register(new NewAccount(username, "Self Admin", "self@example.org", Role.ADMIN, PASSWORD));
        BulwarkUser self = BulwarkUser.of(id, username, "Self Admin", Role.ADMIN);

        mvc.perform(post("/admin/accounts/{id}", id)
                        .with(user(self))
                        .with(csrf())
                        .param("displayName", "Self Admin")
                        .param("email", "self@example.org")
                        .param("role", "OPERATOR"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("You cannot take the administrator role")));

        assertThat(accounts.find(id).orElseThrow().role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void passwordResetLiftsTheLockAndLetsThePersonSignInWithTheNewPassword() throws Exception {
        String username = unique("reset");
        UUID id = newAccount(username);
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user(username).password("guess " + i));
        }
        String newPassword = "a brand new passphrase";

        mvc.perform(post("/admin/accounts/{id}/password", id)
                        .with(user(ADMIN))
                        .with(csrf())
                        .param("password", newPassword)
                        .param("passwordConfirmation", newPassword))
                .andExpect(redirectedUrl("/admin/accounts/" + id));

        mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andExpect(redirectedUrl("/login?error=credentials"));
        mvc.perform(formLogin("/login").user(username).password(newPassword)).andExpect(redirectedUrl("/"));
    }

    @Test
    void passwordResetFollowsThePasswordPolicy() throws Exception {
        String username = unique("policy");
        UUID id = newAccount(username);
        String containsUsername = "my " + username + " password";

        mvc.perform(post("/admin/accounts/{id}/password", id)
                        .with(user(ADMIN))
                        .with(csrf())
                        .param("password", containsUsername)
                        .param("passwordConfirmation", containsUsername))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("The password must not contain the username.")));

        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/"));
    }

    @Test
    void administratorUnlocksALockedAccount() throws Exception {
        String username = unique("unlock");
        UUID id = newAccount(username);
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user(username).password("guess " + i));
        }
        mvc.perform(get("/admin/accounts/{id}", id).with(user(ADMIN)))
                .andExpect(content().string(containsString("Locked until")));

        mvc.perform(post("/admin/accounts/{id}/unlock", id).with(user(ADMIN)).with(csrf()))
                .andExpect(redirectedUrl("/admin/accounts/" + id));

        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/"));
    }

    @Test
    void accountPagesSpeakFrench() throws Exception {
        UUID id = newAccount(unique("french"));

        mvc.perform(get("/admin/accounts/{id}", id).param("lang", "fr").with(user(ADMIN)))
                .andExpect(content().string(containsString("Définir un nouveau mot de passe")));
        mvc.perform(get("/admin/accounts/new").param("lang", "fr").with(user(ADMIN)))
                .andExpect(content().string(containsString("Nouveau compte")));
    }

    @Test
    void unknownAccountIsNotFound() throws Exception {
        mvc.perform(get("/admin/accounts/{id}", UUID.randomUUID()).with(user(ADMIN)))
                .andExpect(status().isNotFound());
    }
}
