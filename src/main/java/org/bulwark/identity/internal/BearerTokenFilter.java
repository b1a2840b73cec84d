package org.bulwark.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.UUID;
import org.bulwark.identity.BulwarkUser;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>} on the API. A request without the header goes on
 * anonymously, so that the authorisation rules answer it; a request with a token that is not valid is refused at
 * once, saying why.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "bearer ";

    private final ApiTokens tokens;
    private final ApiProblemResponses problems;

    BearerTokenFilter(ApiTokens tokens, ApiProblemResponses problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
            chain.doFilter(request, response);
            return;
        }
        String token = header.substring(PREFIX.length()).trim();
        if (token.isEmpty()) {
            problems.invalidToken(request, response, "The Authorization header has no token after 'Bearer'.");
            return;
        }
        ApiTokens.Check check = tokens.check(token);
        if (check instanceof ApiTokens.Valid valid) {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(new BearerTokenAuthentication(valid.tokenId(), valid.user()));
            SecurityContextHolder.setContext(context);
            try {
                chain.doFilter(request, response);
            } finally {
                SecurityContextHolder.clearContext();
            }
            return;
        }
        ApiTokens.Refused refused = (ApiTokens.Refused) check;
        problems.invalidToken(request, response, explain(refused));
    }

    static String explain(ApiTokens.Refused refused) {
        switch (refused.reason()) {
            case EXPIRED:
                return "The token expired at " + refused.at() + ". Request a new one with POST /api/v1/auth/token.";
            case REVOKED:
                return "The token was revoked at " + refused.at() + ". Request a new one with POST /api/v1/auth/token.";
            case ACCOUNT_DISABLED:
                return "The account of this token is disabled. Ask your administrator to enable it.";
            default:
                return "The token is not known. Check that it was copied completely, "
                        + "or request a new one with POST /api/v1/auth/token.";
        }
    }

    /** An API request authenticated by a token; the token's identifier lets the caller revoke it. */
    static final class BearerTokenAuthentication extends AbstractAuthenticationToken {

        private final UUID tokenId;
        private final BulwarkUser user;

        BearerTokenAuthentication(UUID tokenId, BulwarkUser user) {
            super(user.getAuthorities());
            this.tokenId = tokenId;
            this.user = user;
            setAuthenticated(true);
        }

        UUID tokenId() {
            return tokenId;
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public BulwarkUser getPrincipal() {
            return user;
        }
    }
}
