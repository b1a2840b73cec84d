package org.bulwark.incidents.web;

import java.util.List;
import java.util.Map;
import org.bulwark.incidents.IncidentChangeRefused;
import org.bulwark.incidents.IncidentNotFound;
import org.bulwark.incidents.IncidentsNotPermitted;
import org.bulwark.incidents.InvalidIncident;
import org.bulwark.incidents.SiteNotAffected;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The incident API's failures as RFC 9457 problem+json; nothing was changed in any of them. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = {IncidentsApi.class, ZoneFeedApi.class, RollCallApi.class})
class IncidentsApiProblems {

    @ExceptionHandler(InvalidIncident.class)
    ProblemDetail invalid(InvalidIncident e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid incident");
        List<Map<String, Object>> errors = e.problems().stream()
                .map(p -> Map.<String, Object>of("field", p.field(), "reason", p.message()))
                .toList();
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(IncidentNotFound.class)
    ProblemDetail notFound(IncidentNotFound e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Incident not found");
        return problem;
    }

    @ExceptionHandler(SiteNotAffected.class)
    ProblemDetail notAffected(SiteNotAffected e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Site not affected");
        return problem;
    }

    @ExceptionHandler(IncidentsNotPermitted.class)
    ProblemDetail forbidden(IncidentsNotPermitted e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("Not permitted");
        return problem;
    }

    @ExceptionHandler(IncidentChangeRefused.class)
    ProblemDetail conflict(IncidentChangeRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Change refused");
        return problem;
    }
}
