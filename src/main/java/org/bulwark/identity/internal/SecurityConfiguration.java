package org.bulwark.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsChecker;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import tools.jackson.databind.ObjectMapper;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(self), gyroscope=(), "
            + "magnetometer=(), microphone=(), payment=(), usb=(), fullscreen=(self)";

    private final String contentSecurityPolicy;

    SecurityConfiguration(@Value("${bulwark.sites.map.tile-url:}") String tileUrl) {
        this.contentSecurityPolicy = ContentSecurityPolicy.forTileUrl(tileUrl);
    }

    /**
     * No observation around each security filter: with one, every request wraps each filter of the chain in objects
     * of its own, which costs more than it tells. Requests are still measured as a whole (http.server.requests).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }

    @Bean
    AuthenticationManager authenticationManager(
            AccountUserDetailsService users, JdbcAccounts accounts, PasswordEncoder passwords) {
        DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(users);
        passwordCheck.setPasswordEncoder(passwords);
        // a locked account is refused before its password is checked, so a lock really stops guessing
        passwordCheck.setPreAuthenticationChecks(user -> {
            if (!user.isAccountNonLocked()) {
                throw new LockedException("Account is temporarily locked");
            }
        });
        // "disabled" is only told to someone who knows the password, so it does not reveal which usernames exist
        UserDetailsChecker afterPassword = user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("Account is disabled");
            }
        };
        passwordCheck.setPostAuthenticationChecks(afterPassword);
        return new ProviderManager(List.of(new LoginAttempts(passwordCheck, accounts, passwords)));
    }

    @Bean
    ApiProblemResponses apiProblemResponses(ObjectMapper json) {
        return new ApiProblemResponses(json);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http,
            AuthenticationManager authenticationManager,
            ApiTokens tokens,
            ApiProblemResponses problems) {
        // pages of the application may call the API with the browser's session; that session is read, never
        // created here, and such calls must carry the CSRF token like any form
        HttpSessionSecurityContextRepository browserSession = new HttpSessionSecurityContextRepository();
        browserSession.setAllowSessionCreation(false);
        http.securityMatcher("/api/**")
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.POST, "/api/v1/auth/token")
                        .permitAll()
                        // public levels only: the controller leaves out partner-only levels for anonymous callers
                        .requestMatchers(HttpMethod.GET, "/api/v1/threat-levels/current")
                        .permitAll()
                        // anyone may report suspicious activity and follow their report with its receipt code
                        .requestMatchers("/api/v1/public/reports", "/api/v1/public/reports/*/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .securityContext(context -> context.securityContextRepository(browserSession))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfiguration::browserSessionChangesData))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new BearerTokenFilter(tokens, problems), AnonymousAuthenticationFilter.class)
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        securityHeaders(http);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, AuthenticationManager authenticationManager) {
        http.authenticationManager(authenticationManager)
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/",
                                "/login",
                                "/error",
                                "/webjars/**",
                                "/css/**",
                                "/js/**",
                                "/favicon.ico",
                                "/favicon.svg",
                                "/actuator/health/**",
                                "/public/threat-level",
                                "/public/alerts",
                                "/public/alerts.atom",
                                "/public/alerts/*",
                                "/report",
                                "/report/**",
                                // a signed status link is its own proof: the page checks it and answers for one site
                                "/status/*")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login").failureHandler(loginFailure()))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(signInFirst())
                        .accessDeniedHandler(expiredFormsStartOver()));
        securityHeaders(http);
        return http.build();
    }

    /**
     * CSRF protection matters only where the browser adds credentials by itself: a session cookie. Callers with a
     * bearer token, and callers without any session (scripts asking for a token), are not exposed to it.
     */
    static boolean browserSessionChangesData(HttpServletRequest request) {
        String method = request.getMethod();
        boolean safe =
                "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method) || "TRACE".equals(method);
        return !safe && request.getHeader(HttpHeaders.AUTHORIZATION) == null && request.getRequestedSessionId() != null;
    }

    private void securityHeaders(HttpSecurity http) {
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
                // sent on every response: browsers ignore it over plain HTTP, and behind a TLS-terminating proxy
                // the request itself may not look secure
                .httpStrictTransportSecurity(hsts -> hsts.requestMatcher(AnyRequestMatcher.INSTANCE)
                        .maxAgeInSeconds(31_536_000)
                        .includeSubDomains(true))
                .contentTypeOptions(options -> {})
                .frameOptions(frames -> frames.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)));
    }

    /** Sends the reason of a failed login to the page as a code, never the username or the exception's text. */
    private static AuthenticationFailureHandler loginFailure() {
        return (request, response, exception) ->
                response.sendRedirect(request.getContextPath() + "/login?error=" + reason(exception));
    }

    static String reason(AuthenticationException exception) {
        if (exception instanceof DisabledException) {
            return "disabled";
        }
        if (exception instanceof org.springframework.security.authentication.BadCredentialsException
                || exception instanceof LockedException) {
            // the same answer for a wrong password, an unknown username and a locked account
            return "credentials";
        }
        return "unavailable";
    }

    /**
     * A sign-in or sign-out form left open until its session ended carries a stale CSRF token; the person is sent
     * back to start over instead of being told that their role forbids it. Every other refusal stays a 403.
     */
    private static AccessDeniedHandler expiredFormsStartOver() {
        AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();
        return (request, response, exception) -> {
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            if (exception instanceof CsrfException && "/login".equals(path)) {
                response.sendRedirect(request.getContextPath() + "/login?error=expired");
                return;
            }
            if (exception instanceof CsrfException && "/logout".equals(path)) {
                response.sendRedirect(request.getContextPath() + "/");
                return;
            }
            forbidden.handle(request, response, exception);
        };
    }

    /** htmx requests whose session has ended get a full-page redirect to the login instead of a swapped-in form. */
    private static AuthenticationEntryPoint signInFirst() {
        LoginUrlAuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");
        return (request, response, exception) -> {
            if (request.getHeader("HX-Request") != null) {
                response.setHeader("HX-Redirect", request.getContextPath() + "/login");
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                return;
            }
            login.commence(request, response, exception);
        };
    }
}
