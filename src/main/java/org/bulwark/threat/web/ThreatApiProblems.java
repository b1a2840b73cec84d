package org.bulwark.threat.web;

import jakarta.servlet.http.HttpServletRequest;
import org.bulwark.threat.InvalidThreatLevelChange;
import org.bulwark.threat.InvalidThreatScheme;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problem+json for the threat-level rules, and for bodies that are not the JSON the API expects. */
@RestControllerAdvice(assignableTypes = ThreatApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ThreatApiProblems {

    @ExceptionHandler(InvalidThreatLevelChange.class)
    ProblemDetail invalidChange(InvalidThreatLevelChange ex) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage() + " Nothing was changed.");
        problem.setTitle("Invalid threat-level change");
        return problem;
    }

    @ExceptionHandler(InvalidThreatScheme.class)
    ProblemDetail invalidScheme(InvalidThreatScheme ex) {
        HttpStatus status = ex.conflict() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage() + " Nothing was changed.");
        problem.setTitle(ex.conflict() ? "Conflicts with existing data" : "Invalid scheme");
        problem.setProperty("field", ex.field());
        return problem;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
        if (request.getRequestURI().contains("/threat-schemes")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.BAD_REQUEST,
                    "The body is not the JSON this endpoint expects. Send, for example, {\"code\":\"CITY\","
                            + "\"name\":\"City alert states\",\"levels\":[{\"code\":\"NORMAL\",\"name\":\"Normal\","
                            + "\"meaning\":\"No specific threat\"},{\"code\":\"HIGH\",\"name\":\"High\","
                            + "\"meaning\":\"An attack is likely\"}]}, levels from the lowest up. Nothing was changed.");
            problem.setTitle("Unreadable request body");
            return problem;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                "The body is not the JSON this endpoint expects. Send, for example, {\"scope\":{\"kind\":\"SECTOR\","
                        + "\"value\":\"stadia-arenas\"},\"level\":\"SEVERE\",\"reason\":\"...\",\"expiresAt\":null,"
                        + "\"visibility\":\"PARTNERS\"}: kind is NATIONAL, REGION or SECTOR, visibility PUBLIC or"
                        + " PARTNERS, expiresAt an ISO-8601 instant such as 2030-01-31T18:00:00Z. Nothing was"
                        + " changed.");
        problem.setTitle("Unreadable request body");
        return problem;
    }
}
