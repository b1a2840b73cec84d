package org.bulwark.threat.web;

import java.util.List;
import java.util.Map;
import org.bulwark.threat.InvalidMeasure;
import org.bulwark.threat.internal.MeasureNotFound;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problem+json for the measures API: each broken rule with its field, unknown sites and measures as 404. */
@RestControllerAdvice(assignableTypes = MeasuresApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class MeasuresApiProblems {

    private final MessageSource messages;

    MeasuresApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidMeasure.class)
    ProblemDetail invalid(InvalidMeasure ex) {
        List<Map<String, Object>> errors = ex.violations().stream()
                .map(v -> Map.<String, Object>of(
                        "field",
                        v.field(),
                        "code",
                        v.code(),
                        "reason",
                        messages.getMessage(v.code(), v.arguments(), v.message(), LocaleContextHolder.getLocale())))
                .toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                errors.stream()
                        .map(e -> (String) e.get("reason"))
                        .reduce((a, b) -> a + " " + b)
                        .orElse(""));
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(MeasureNotFound.class)
    ProblemDetail notFound(MeasureNotFound ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
        problem.setTitle("Not found");
        return problem;
    }
}
