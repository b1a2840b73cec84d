package org.bulwark.sharing.web;

import java.util.List;
import java.util.Map;
import org.bulwark.sharing.IndicatorNotFound;
import org.bulwark.sharing.InvalidIndicator;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problem+json for the indicator API: each broken rule with its field, unknown or unreadable entries as 404. */
@RestControllerAdvice(assignableTypes = IndicatorsApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class IndicatorApiProblems {

    private final MessageSource messages;

    IndicatorApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidIndicator.class)
    ProblemDetail invalid(InvalidIndicator ex) {
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

    @ExceptionHandler(IndicatorNotFound.class)
    ProblemDetail notFound(IndicatorNotFound ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
        problem.setTitle("Not found");
        return problem;
    }
}
