package org.bulwark.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bulwark.identity.BulwarkUser;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import tools.jackson.databind.ObjectMapper;

/**
 * Writes the API's authentication and authorisation failures as RFC 9457 problem+json, since they happen in the
 * filter chain where no controller advice reaches.
 */
class ApiProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String REALM = "Bearer realm=\"bulwark\"";

    private final ObjectMapper json;

    ApiProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void commence(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException authException)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, REALM);
        write(
                request,
                response,
                HttpStatus.UNAUTHORIZED,
                "Authentication required",
                "Send an API token in the header 'Authorization: Bearer <token>'. "
                        + "Get a token with POST /api/v1/auth/token and your username and password.");
    }

    @Override
    public void handle(
            HttpServletRequest request, HttpServletResponse response, AccessDeniedException accessDeniedException)
            throws IOException {
        if (accessDeniedException instanceof CsrfException) {
            write(
                    request,
                    response,
                    HttpStatus.FORBIDDEN,
                    "CSRF token missing or invalid",
                    "This request uses the browser's session, so it must send the page's CSRF token in the "
                            + "X-CSRF-TOKEN header. Other systems should authenticate with a bearer token instead.");
            return;
        }
        BulwarkUser user = BulwarkUser.from(SecurityContextHolder.getContext().getAuthentication());
        String who =
                user == null ? "Your role" : "The role " + user.role() + " of account '" + user.getUsername() + "'";
        write(
                request,
                response,
                HttpStatus.FORBIDDEN,
                "Not allowed for this role",
                who + " does not allow " + request.getMethod() + " " + request.getRequestURI()
                        + ". Ask your network coordinator if this system needs access.");
    }

    /** A refused bearer token: 401 with the reason both in the challenge and in the problem. */
    void invalidToken(HttpServletRequest request, HttpServletResponse response, String detail) throws IOException {
        response.setHeader(
                HttpHeaders.WWW_AUTHENTICATE,
                REALM + ", error=\"invalid_token\", error_description=\"" + detail.replace("\"", "'") + "\"");
        write(request, response, HttpStatus.UNAUTHORIZED, "Invalid token", detail);
    }

    void write(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            String title,
            @Nullable String detail)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status.value());
        if (detail != null) {
            problem.put("detail", detail);
        }
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
