package org.bulwark.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.bulwark.identity.Accounts;
import org.bulwark.identity.NewAccount;
import org.bulwark.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

@SpringBootTest
@AutoConfigureMockMvc
class ApiTokenIntegrationTests {

    static final String PASSWORD = "partner system secret";

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcAccounts store;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    String newAccount(Role role) {
        String username = "api-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.register(new NewAccount(username, "Ride Partner", "ops@partner.example", role, PASSWORD));
        return username;
    }

    ResultActions requestToken(String username, String password) throws Exception {
        return mvc.perform(post("/api/v1/auth/token")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(java.util.Map.of("username", username, "password", password))));
    }

    String token(String username) throws Exception {
        String body = requestToken(username, PASSWORD)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readTree(body).get("token").asString();
    }

    @Test
    void rightCredentialsGetATokenThatExpiresAfterTwelveHours() throws Exception {
        String username = newAccount(Role.INTEGRATION);

        String body = requestToken(username, PASSWORD)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.token").isString())
                .andReturn()
                .getResponse()
                .getContentAsString();

        JsonNode issued = json.readTree(body);
        String token = issued.get("token").asString();
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        Instant expiresAt = Instant.parse(issued.get("expiresAt").asString());
        assertThat(Duration.between(Instant.now(), expiresAt))
                .isBetween(Duration.ofHours(12).minusMinutes(1), Duration.ofHours(12));
    }

    @Test
    void onlyTheHashOfATokenIsStored() throws Exception {
        String username = newAccount(Role.INTEGRATION);
        String token = token(username);

        assertThat(jdbc.sql("select count(*) from api_token where token_hash = ?")
                        .param(TokenHashing.hash(token))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from api_token where token_hash = ?")
                        .param(token)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void tokenAuthenticatesTheCallerOfTheApi() throws Exception {
        String username = newAccount(Role.INTEGRATION);
        String token = token(username);
        UUID id = store.findByUsername(username).orElseThrow().id();

        mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id.toString()))
                .andExpect(jsonPath("$.username").value(username))
                .andExpect(jsonPath("$.displayName").value("Ride Partner"))
                .andExpect(jsonPath("$.role").value("INTEGRATION"));
        assertThat(jdbc.sql("select last_used_at from api_token where token_hash = ?")
                        .param(TokenHashing.hash(token))
                        .query(OffsetDateTime.class)
                        .single())
                .isNotNull();
    }

    @Test
    void apiDoesNotCreateSessions() throws Exception {
        String username = newAccount(Role.INTEGRATION);
        String token = token(username);

        mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE));
    }

    @Test
    void signedInBrowserSessionCanReadTheApi() throws Exception {
        String username = newAccount(Role.COORDINATOR);
        jakarta.servlet.http.Cookie session = mvc.perform(
                        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin(
                                        "/login")
                                .user(username)
                                .password(PASSWORD))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");

        mvc.perform(get("/api/v1/me").cookie(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(username));
    }

    @Test
    void browserSessionMustSendTheCsrfTokenToChangeData() throws Exception {
        String username = newAccount(Role.COORDINATOR);
        jakarta.servlet.http.Cookie session = mvc.perform(
                        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin(
                                        "/login")
                                .user(username)
                                .password(PASSWORD))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");

        mvc.perform(delete("/api/v1/auth/token").cookie(session))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("CSRF token missing or invalid"));
        mvc.perform(
                        delete("/api/v1/auth/token")
                                .cookie(session)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("No token to revoke"));
    }

    @Test
    void wrongPasswordGets401ProblemExplainingTheLock() throws Exception {
        String username = newAccount(Role.INTEGRATION);

        requestToken(username, "not the password")
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Sign-in failed"))
                .andExpect(jsonPath("$.detail").value(containsString("After 5 failed attempts")));
    }

    @Test
    void failedTokenRequestsCountTowardsTheLock() throws Exception {
        String username = newAccount(Role.INTEGRATION);
        for (int i = 0; i < 5; i++) {
            requestToken(username, "guess " + i).andExpect(status().isUnauthorized());
        }

        requestToken(username, PASSWORD).andExpect(status().isUnauthorized());
        assertThat(store.findByUsername(username).orElseThrow().lockedAt(store.now()))
                .isTrue();
    }

    @Test
    void disabledAccountGets401SayingWhoCanEnableIt() throws Exception {
        String username = newAccount(Role.INTEGRATION);
        store.setEnabled(store.findByUsername(username).orElseThrow().id(), false);

        requestToken(username, PASSWORD)
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("Account disabled"))
                .andExpect(
                        jsonPath("$.detail").value("This account is disabled. Ask your administrator to enable it."));
    }

    @Test
    void missingUsernameOrPasswordIsABadRequest() throws Exception {
        mvc.perform(post("/api/v1/auth/token")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"someone\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("password"));
    }

    @Test
    void requestWithoutTokenGets401WithBearerChallenge() throws Exception {
        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, startsWith("Bearer")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").value(containsString("Authorization: Bearer")));
    }

    @Test
    void basicAuthenticationIsNotAccepted() throws Exception {
        String username = newAccount(Role.INTEGRATION);
        String basic = java.util.Base64.getEncoder()
                .encodeToString((username + ":" + PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));

        mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Basic " + basic))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, startsWith("Bearer")));
    }

    @Test
    void unknownTokenGets401InvalidToken() throws Exception {
        mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + TokenHashing.newToken()))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("error=\"invalid_token\"")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("not known")));
    }

    @Test
    void expiredTokenGets401SayingWhenItExpired() throws Exception {
        String username = newAccount(Role.INTEGRATION);
        String token = token(username);
        jdbc.sql("update api_token set expires_at = ? where token_hash = ?")
                .param(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1))
                .param(TokenHashing.hash(token))
                .update();

        mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("invalid_token")))
                .andExpect(jsonPath("$.detail").value(containsString("The token expired at")));
    }

    @Test
    void revokedTokenNoLongerWorks() throws Exception {
        String username = newAccount(Role.INTEGRATION);
        String token = token(username);
        String other = token(username);

        mvc.perform(delete("/api/v1/auth/token").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(containsString("revoked")));
        mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + other))
                .andExpect(status().isOk());
    }

    @Test
    void revokingNeedsAToken() throws Exception {
        mvc.perform(delete("/api/v1/auth/token")).andExpect(status().isUnauthorized());
    }

    @Test
    void tokenOfADisabledAccountStopsWorking() throws Exception {
        String username = newAccount(Role.INTEGRATION);
        String token = token(username);
        store.setEnabled(store.findByUsername(username).orElseThrow().id(), false);

        mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(containsString("disabled")));
    }

    @Test
    void roleNotAllowedGets403Problem() throws Exception {
        String username = newAccount(Role.OPERATOR);
        String token = token(username);

        mvc.perform(get("/api/v1/accounts").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403))
                .andExpect(jsonPath("$.detail").value(containsString("OPERATOR")));
    }

    @Test
    void administratorTokenListsAccountsWithoutPasswordHashes() throws Exception {
        String username = newAccount(Role.ADMIN);
        String token = token(username);

        mvc.perform(get("/api/v1/accounts").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$[?(@.username == '" + username + "')].role").value("ADMIN"))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("argon2"))));
    }

    @Test
    void openApiDocumentsTheBearerScheme() throws Exception {
        mvc.perform(
                        get("/v3/api-docs")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user(org.bulwark.identity.BulwarkUser.of(
                                        UUID.randomUUID(), "integration", "Partner", Role.INTEGRATION))))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"))
                .andExpect(jsonPath("$.security[0].bearer").isArray())
                .andExpect(
                        jsonPath("$.paths['/api/v1/auth/token'].post.security").isEmpty());
    }
}
