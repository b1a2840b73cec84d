package org.bulwark.risk.web;

import java.util.List;
import java.util.Map;
import org.bulwark.risk.AssessmentNotFound;
import org.bulwark.risk.InvalidAssessment;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Problem+json for the assessment API: each broken rule with its field; a change the assessment's state forbids,
 * or a concurrent change, is 409.
 */
@RestControllerAdvice(assignableTypes = RiskApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RiskApiProblems {

    @ExceptionHandler(InvalidAssessment.class)
    ProblemDetail invalid(InvalidAssessment ex) {
        HttpStatus status = ex.conflict() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
        problem.setTitle(ex.conflict() ? "Not allowed in the assessment's current state" : "Invalid request");
        List<Map<String, Object>> errors = ex.violations().stream()
                .map(v -> Map.<String, Object>of("field", v.field(), "reason", v.message()))
                .toList();
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(AssessmentNotFound.class)
    ProblemDetail notFound(AssessmentNotFound ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail conflict(OptimisticLockingFailureException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
        problem.setTitle("Changed meanwhile");
        return problem;
    }
}
