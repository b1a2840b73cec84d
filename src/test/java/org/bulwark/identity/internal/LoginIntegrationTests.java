package org.bulwark.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.bulwark.identity.Accounts;
import org.bulwark.identity.NewAccount;
import org.bulwark.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@SpringBootTest
@AutoConfigureMockMvc
class LoginIntegrationTests {

    static final String PASSWORD = "a long enough passphrase";

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcAccounts store;

    @Autowired
    JdbcClient jdbc;

    String newAccount() {
        String username = "login-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.register(new NewAccount(username, "Casey Morgan", "casey@example.org", Role.COORDINATOR, PASSWORD));
        return username;
    }

    @Test
    void loginWithTheRightPasswordSignsInAndKeepsTheSessionInTheDatabase() throws Exception {
        String username = newAccount();

        MvcResult result = mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/"))
                .andReturn();

        Cookie session = result.getResponse().getCookie("SESSION");
        assertThat(session).as("Spring Session cookie").isNotNull();
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?")
                        .param(username)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        mvc.perform(get("/").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Casey Morgan")));
    }

    @Test
    void usernameIsMatchedIgnoringCase() throws Exception {
        String username = newAccount();

        mvc.perform(formLogin("/login").user(username.toUpperCase()).password(PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void successfulLoginRecordsTheTimeAndClearsEarlierFailures() throws Exception {
        String username = newAccount();
        mvc.perform(formLogin("/login").user(username).password("wrong password!"));

        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/"));

        assertThat(jdbc.sql("select failed_logins from account where username_key = ?")
                        .param(username)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(store.findByUsername(username).orElseThrow().lastLoginAt()).isNotNull();
    }

    @Test
    void wrongPasswordSendsBackToTheLoginPageWithAnExplanation() throws Exception {
        String username = newAccount();

        mvc.perform(formLogin("/login").user(username).password("not the password"))
                .andExpect(redirectedUrl("/login?error=credentials"));
        mvc.perform(get("/login").param("error", "credentials"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                "Wrong username or password. After 5 failed attempts in a row an account is locked "
                                        + "for 15 minutes")));
    }

    @Test
    void fiveFailedLoginsLockTheAccountEvenAgainstTheRightPassword() throws Exception {
        String username = newAccount();
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user(username).password("guess number " + i))
                    .andExpect(redirectedUrl("/login?error=credentials"));
        }

        mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andExpect(redirectedUrl("/login?error=credentials"));

        assertThat(store.findByUsername(username).orElseThrow().lockedAt(store.now()))
                .isTrue();
    }

    @Test
    void fourFailedLoginsDoNotLockTheAccount() throws Exception {
        String username = newAccount();
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin("/login").user(username).password("guess number " + i));
        }

        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/"));
    }

    @Test
    void lockLastsFifteenMinutes() throws Exception {
        String username = newAccount();
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user(username).password("guess number " + i));
        }
        java.time.Instant lockedUntil =
                store.findByUsername(username).orElseThrow().lockedUntil();
        assertThat(lockedUntil)
                .isBetween(store.now().plusSeconds(14 * 60), store.now().plusSeconds(15 * 60 + 1));

        // the lock has run out
        jdbc.sql("update account set locked_until = ? where username_key = ?")
                .param(java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusSeconds(1))
                .param(username)
                .update();

        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/"));
    }

    @Test
    void lockedAccountAndUnknownUsernameGetTheSameAnswer() throws Exception {
        String username = newAccount();
        String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 6; i++) {
            String locked = mvc.perform(formLogin("/login").user(username).password("guess " + i))
                    .andReturn()
                    .getResponse()
                    .getRedirectedUrl();
            String missing = mvc.perform(formLogin("/login").user(unknown).password("guess " + i))
                    .andReturn()
                    .getResponse()
                    .getRedirectedUrl();
            assertThat(locked).isEqualTo(missing).isEqualTo("/login?error=credentials");
        }
        assertThat(accounts.exists(unknown)).isFalse();
    }

    @Test
    void disabledAccountIsToldSoOnlyWithTheRightPassword() throws Exception {
        String username = newAccount();
        store.setEnabled(store.findByUsername(username).orElseThrow().id(), false);

        mvc.perform(formLogin("/login").user(username).password("not the password"))
                .andExpect(redirectedUrl("/login?error=credentials"));
        mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andExpect(redirectedUrl("/login?error=disabled"));
        mvc.perform(get("/login").param("error", "disabled"))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                "This account is disabled. Ask your administrator to enable it.")));
    }

    @Test
    void loginWithoutCsrfTokenIsRejected() throws Exception {
        String username = newAccount();

        mvc.perform(post("/login").param("username", username).param("password", PASSWORD))
                .andExpect(redirectedUrl("/login?error=expired"));

        assertThat(store.findByUsername(username).orElseThrow().lastLoginAt()).isNull();
        mvc.perform(get("/login").param("error", "expired"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Please sign in again.")));
    }

    @Test
    void loginPageHasACsrfTokenInItsForm() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"_csrf\"")));
    }

    @Test
    void loginPageSpeaksFrench() throws Exception {
        mvc.perform(get("/login").param("lang", "fr").param("error", "credentials"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Nom d’utilisateur")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                "Après 5 échecs consécutifs, un compte est verrouillé pendant 15 minutes")));
    }

    @Test
    void logoutEndsTheSessionInTheDatabase() throws Exception {
        String username = newAccount();
        Cookie session = mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");

        mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));

        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?")
                        .param(username)
                        .query(Long.class)
                        .single())
                .isZero();
        mvc.perform(get("/admin/accounts").cookie(session)).andExpect(status().is3xxRedirection());
    }

    @Test
    void logoutWithoutCsrfTokenDoesNotSignOut() throws Exception {
        String username = newAccount();
        Cookie session = mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");

        mvc.perform(post("/logout").cookie(session)).andExpect(redirectedUrl("/"));

        mvc.perform(get("/").cookie(session))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Casey Morgan")));
    }

    @Test
    void pagesNeedASignedInUser() throws Exception {
        mvc.perform(get("/admin/accounts")).andExpect(redirectedUrl("/login"));
    }
}
