package org.bulwark.identity.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.bulwark.identity.BulwarkUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth/token")
@Tag(name = "Authentication", description = "API tokens for partner systems and scripts")
class TokenController {

    private final AuthenticationManager authenticationManager;
    private final ApiTokens tokens;
    private final IdentitySettings settings;

    TokenController(AuthenticationManager authenticationManager, ApiTokens tokens, IdentitySettings settings) {
        this.authenticationManager = authenticationManager;
        this.tokens = tokens;
        this.settings = settings;
    }

    record TokenRequest(
            @NotBlank(message = "must not be empty") @Size(max = 60)
            String username,

            @NotBlank(message = "must not be empty") @Size(max = 1000)
            String password) {

        @Override
        public String toString() {
            return "TokenRequest[" + username + "]";
        }
    }

    @Schema(description = "A new API token; it is shown only once, keep it secret")
    record TokenResponse(
            @Schema(description = "send as 'Authorization: Bearer <token>'")
            String token,

            Instant expiresAt) {

        @Override
        public String toString() {
            return "TokenResponse[expires " + expiresAt + "]";
        }
    }

    @PostMapping
    @SecurityRequirements
    @Operation(
            summary = "Issue an API token",
            description = "Exchanges a username and password for a bearer token. Failed attempts count towards the "
                    + "temporary lock of the account, as on the login page.",
            responses = {
                @ApiResponse(responseCode = "201", description = "Token issued"),
                @ApiResponse(
                        responseCode = "401",
                        description = "Wrong credentials, locked or disabled account",
                        content = @Content(mediaType = "application/problem+json")),
                @ApiResponse(
                        responseCode = "400",
                        description = "Username or password missing",
                        content = @Content(mediaType = "application/problem+json"))
            })
    ResponseEntity<TokenResponse> issue(@Valid @RequestBody TokenRequest request) {
        Authentication authentication;
        try {
            authentication = authenticationManager.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(request.username(), request.password()));
        } catch (AuthenticationException refused) {
            throw unauthorized(refused);
        }
        BulwarkUser user = java.util.Objects.requireNonNull(BulwarkUser.from(authentication));
        ApiTokens.IssuedToken issued = tokens.issue(user.accountId());
        return ResponseEntity.status(HttpStatus.CREATED).body(new TokenResponse(issued.token(), issued.expiresAt()));
    }

    @DeleteMapping
    @Operation(
            summary = "Revoke the caller's token",
            description = "Revokes the token that authenticates this request; it cannot be used again.",
            responses = {@ApiResponse(responseCode = "204", description = "Token revoked")})
    ResponseEntity<Void> revoke(Authentication authentication) {
        if (!(authentication instanceof BearerTokenFilter.BearerTokenAuthentication bearer)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.BAD_REQUEST, "Only a request authenticated by a bearer token can revoke its token.");
            problem.setTitle("No token to revoke");
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
        }
        tokens.revoke(bearer.tokenId());
        return ResponseEntity.noContent().build();
    }

    private ErrorResponseException unauthorized(AuthenticationException refused) {
        ProblemDetail problem;
        if (refused instanceof DisabledException) {
            problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.UNAUTHORIZED, "This account is disabled. Ask your administrator to enable it.");
            problem.setTitle("Account disabled");
        } else if ("unavailable".equals(SecurityConfiguration.reason(refused))) {
            problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.UNAUTHORIZED, "Sign-in is not possible right now. Try again in a moment.");
            problem.setTitle("Sign-in unavailable");
        } else {
            // the same answer for a wrong password, an unknown username and a locked account
            problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.UNAUTHORIZED,
                    "Wrong username or password. After " + settings.maxFailedLogins()
                            + " failed attempts in a row an account is locked for " + settings.lockMinutes()
                            + " minutes: check the credentials and try again later, or ask your administrator "
                            + "to unlock the account.");
            problem.setTitle("Sign-in failed");
        }
        return new ErrorResponseException(HttpStatus.UNAUTHORIZED, problem, refused);
    }
}
