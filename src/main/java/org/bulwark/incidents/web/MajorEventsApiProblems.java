package org.bulwark.incidents.web;

import java.util.List;
import java.util.Map;
import org.bulwark.incidents.IncidentsNotPermitted;
import org.bulwark.incidents.InvalidMajorEvent;
import org.bulwark.incidents.MajorEventChangeRefused;
import org.bulwark.incidents.MajorEventNotFound;
import org.bulwark.incidents.PhaseChangeRefused;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The major-event API's failures as RFC 9457 problem+json; nothing was changed in any of them. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = {MajorEventsApi.class, EventRegisterApi.class})
class MajorEventsApiProblems {

    @ExceptionHandler(InvalidMajorEvent.class)
    ProblemDetail invalid(InvalidMajorEvent e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid major event");
        List<Map<String, Object>> errors = e.problems().stream()
                .map(p -> Map.<String, Object>of("field", p.field(), "reason", p.message()))
                .toList();
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                "the body is not JSON of the expected shape: check the phase names, that times are ISO-8601"
                        + " instants, and that venues and organisations are identifiers");
        problem.setTitle("Invalid major event");
        return problem;
    }

    @ExceptionHandler(MajorEventNotFound.class)
    ProblemDetail notFound(MajorEventNotFound e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Major event not found");
        return problem;
    }

    @ExceptionHandler(IncidentsNotPermitted.class)
    ProblemDetail forbidden(IncidentsNotPermitted e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("Not permitted");
        return problem;
    }

    @ExceptionHandler(MajorEventChangeRefused.class)
    ProblemDetail refused(MajorEventChangeRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Change refused");
        return problem;
    }

    @ExceptionHandler(PhaseChangeRefused.class)
    ProblemDetail conflict(PhaseChangeRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Phase change refused");
        return problem;
    }
}
