package org.bulwark.engagement.web;

import java.util.List;
import java.util.Map;
import org.bulwark.engagement.AlertChangeRefused;
import org.bulwark.engagement.AlertNotFound;
import org.bulwark.engagement.AlertsNotPermitted;
import org.bulwark.engagement.InvalidAlert;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The alert API's failures as RFC 9457 problem+json, whatever the caller asked for (a request for CAP XML that fails
 * gets a problem it can read); nothing was sent in any of them.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = AlertsApi.class)
class AlertsApiProblems {

    @ExceptionHandler(InvalidAlert.class)
    ResponseEntity<ProblemDetail> invalid(InvalidAlert e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid alert");
        List<Map<String, Object>> errors = e.problems().stream()
                .map(p -> Map.<String, Object>of("field", p.field(), "reason", p.message()))
                .toList();
        problem.setProperty("errors", errors);
        return respond(problem);
    }

    @ExceptionHandler(AlertNotFound.class)
    ResponseEntity<ProblemDetail> notFound(AlertNotFound e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Alert not found");
        return respond(problem);
    }

    @ExceptionHandler(AlertsNotPermitted.class)
    ResponseEntity<ProblemDetail> forbidden(AlertsNotPermitted e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("Not permitted");
        return respond(problem);
    }

    @ExceptionHandler(AlertChangeRefused.class)
    ResponseEntity<ProblemDetail> conflict(AlertChangeRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Change refused");
        return respond(problem);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
