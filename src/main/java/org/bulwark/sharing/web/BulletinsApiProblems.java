package org.bulwark.sharing.web;

import java.util.List;
import java.util.Map;
import org.bulwark.sharing.BulletinNotFound;
import org.bulwark.sharing.InvalidBulletin;
import org.bulwark.sharing.NotPermitted;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The bulletin API's failures as RFC 9457 problem+json; nothing was changed in any of them. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = BulletinsApi.class)
class BulletinsApiProblems {

    @ExceptionHandler(InvalidBulletin.class)
    ProblemDetail invalid(InvalidBulletin e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid bulletin");
        List<Map<String, Object>> errors = e.problems().stream()
                .map(p -> Map.<String, Object>of("field", p.field(), "reason", p.message()))
                .toList();
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(BulletinNotFound.class)
    ProblemDetail notFound(BulletinNotFound e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Bulletin not found");
        return problem;
    }

    @ExceptionHandler(NotPermitted.class)
    ProblemDetail forbidden(NotPermitted e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("Not permitted");
        return problem;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail conflict(OptimisticLockingFailureException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Changed meanwhile");
        return problem;
    }
}
